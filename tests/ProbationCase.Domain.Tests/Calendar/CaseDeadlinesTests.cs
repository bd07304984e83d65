using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Tests.Calendar;

public class CaseDeadlinesTests
{
    private readonly CaseDeadlines _deadlines = new(BusinessCalendar.EnglandAndWales, TimelinessPolicy.Default);

    [Fact]
    public void CheckPsrReuse_FiveMonthsOld_Allowed()
    {
        Assert.Equal(PsrReuse.Allowed, _deadlines.CheckPsrReuse(new DateOnly(2024, 1, 10), new DateOnly(2024, 6, 10)));
    }

    [Fact]
    public void CheckPsrReuse_SevenMonthsOld_AllowedWithWarning()
    {
        Assert.Equal(PsrReuse.AllowedWithWarning, _deadlines.CheckPsrReuse(new DateOnly(2024, 1, 10), new DateOnly(2024, 8, 10)));
    }

    [Fact]
    public void CheckPsrReuse_ThirteenMonthsOld_Refused()
    {
        var error = Assert.Throws<DomainException>(() => _deadlines.CheckPsrReuse(new DateOnly(2024, 1, 10), new DateOnly(2025, 2, 10)));

        Assert.Contains("more than 12 months old", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsRsrLate_DoneTwoDaysAfterSentence_Late()
    {
        Assert.True(_deadlines.IsRsrLate(new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 6), new DateOnly(2024, 3, 10)));
    }

    [Fact]
    public void IsRsrLate_DoneDayAfterSentence_OnTime()
    {
        Assert.False(_deadlines.IsRsrLate(new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 10)));
    }

    [Fact]
    public void FirstRarActivityDue_Sentence_FourWeeksLater()
    {
        Assert.Equal(new DateOnly(2024, 2, 5), _deadlines.FirstRarActivityDue(new DateOnly(2024, 1, 8)));
    }

    [Fact]
    public void SentencePlanDue_PolicyOverridden_UsesConfiguredDays()
    {
        var deadlines = new CaseDeadlines(new BusinessCalendar([]), TimelinessPolicy.Default with { SentencePlanWithinBusinessDays = 10 });

        Assert.Equal(new DateOnly(2024, 6, 17), deadlines.SentencePlanDue(new DateOnly(2024, 6, 3)));
    }
}
