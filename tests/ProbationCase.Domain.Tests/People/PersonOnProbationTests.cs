using ProbationCase.Domain.People;

namespace ProbationCase.Domain.Tests.People;

public class PersonOnProbationTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static PersonOnProbation NewPerson() =>
        PersonOnProbation.Create(Crn.Parse("X123456"), "David", "Jones", new DateOnly(1985, 6, 1), Now);

    [Fact]
    public void Create_NoEqualityDetails_RecordsNotRecorded()
    {
        var person = NewPerson();

        Assert.Equal(EqualityAnswer.NotRecorded, person.Ethnicity);
    }

    [Fact]
    public void RecordEqualityDetails_PrefersNotToSay_Kept()
    {
        var person = NewPerson();

        person.RecordEqualityDetails("Male", EqualityAnswer.PrefersNotToSay, null, null, null, null);

        Assert.Equal(EqualityAnswer.PrefersNotToSay, person.Ethnicity);
    }

    [Fact]
    public void AssessRisk_Change_KeptInHistoryWithWhoWhenWhy()
    {
        var person = NewPerson();
        var assessment = new RiskAssessment { Rosh = RoshLevel.High, AtRisk = PeopleAtRisk.KnownAdult, RsrPercent = 3.27m, Flags = RiskFlags.DomesticAbuse };

        person.AssessRisk(assessment, TestCases.Officer, "Police call-out to partner's address", Now);

        var entry = Assert.Single(person.RiskHistory);
        Assert.Equal((RoshLevel.High, TestCases.Officer, "Police call-out to partner's address", Now), (entry.Assessment.Rosh, entry.ChangedBy, entry.Reason, entry.ChangedAt));
        Assert.Equal(RoshLevel.High, person.Risk.Rosh);
    }

    [Fact]
    public void AssessRisk_RsrWithThreeDecimals_Refused()
    {
        var person = NewPerson();

        var error = Assert.Throws<DomainException>(() =>
            person.AssessRisk(new RiskAssessment { RsrPercent = 3.275m }, TestCases.Officer, "OASys review", Now));

        Assert.Equal("RSR is recorded to two decimal places, for example 3.27.", error.Message);
    }

    [Fact]
    public void AssessRisk_MappaLevelFour_Refused()
    {
        var person = NewPerson();

        var error = Assert.Throws<DomainException>(() =>
            person.AssessRisk(new RiskAssessment { MappaCategory = MappaCategory.Category2, MappaLevel = 4 }, TestCases.Officer, "MAPPA meeting", Now));

        Assert.Equal("MAPPA level must be 1, 2 or 3.", error.Message);
    }

    [Fact]
    public void AssessRisk_NoReason_Refused()
    {
        var person = NewPerson();

        Assert.Throws<DomainException>(() => person.AssessRisk(new RiskAssessment { Rosh = RoshLevel.Low }, TestCases.Officer, " ", Now));
    }

    [Fact]
    public void ChangeAddress_NewAddress_ReportsChangeForPlanReview()
    {
        var person = NewPerson();

        var changed = person.ChangeAddress(Address.Create("1 High Street", null, "Huddersfield", "hd1 1aa"));

        Assert.True(changed);
        Assert.Equal("HD1 1AA", person.Address!.Postcode);
    }

    [Fact]
    public void ChangeAddress_SameAddress_NoChange()
    {
        var person = NewPerson();
        person.ChangeAddress(Address.Create("1 High Street", null, "Huddersfield", "HD1 1AA"));

        var changed = person.ChangeAddress(Address.Create("1 High Street", null, "Huddersfield", "HD1 1AA"));

        Assert.False(changed);
    }

    [Theory]
    [InlineData(RoshLevel.Low, RiskFlags.None, false)]
    [InlineData(RoshLevel.Medium, RiskFlags.None, true)]
    [InlineData(RoshLevel.Low, RiskFlags.DomesticAbuse, true)]
    [InlineData(RoshLevel.Low, RiskFlags.ChildProtectionOrSafeguarding, true)]
    [InlineData(RoshLevel.Low, RiskFlags.IntegratedOffenderManagement, false)]
    public void NeedsKeepingOthersSafeObjective_ByRoshAndFlags_AsSeed002(RoshLevel rosh, RiskFlags flags, bool expected)
    {
        var assessment = new RiskAssessment { Rosh = rosh, Flags = flags };

        Assert.Equal(expected, assessment.NeedsKeepingOthersSafeObjective);
    }
}
