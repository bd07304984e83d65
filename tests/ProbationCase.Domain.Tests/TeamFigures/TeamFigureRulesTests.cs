using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Oversight;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.TeamFigures;

/// <summary>The expressions and helpers SPO dashboards count with give the same answers as the aggregates.</summary>
public class TeamFigureRulesTests
{
    private static PersonOnProbation PersonWith(RiskAssessment risk)
    {
        var person = PersonOnProbation.Create(Crn.Parse("X123456"), "Jo", "Example", new DateOnly(1990, 1, 1), London(2024, 1, 1));
        person.AssessRisk(risk, Officer, "Initial assessment", London(2024, 1, 1));
        return person;
    }

    [Fact]
    public void Weight_LowRiskNoMappa_CountsOne()
    {
        Assert.Equal(1, WorkloadWeighting.WeightOf(PersonWith(new RiskAssessment { Rosh = RoshLevel.Low })));
    }

    [Fact]
    public void Weight_VeryHighRoshWithMappa_CountsThree()
    {
        var person = PersonWith(new RiskAssessment { Rosh = RoshLevel.VeryHigh, MappaCategory = MappaCategory.Category2, MappaLevel = 2 });

        Assert.Equal(3, WorkloadWeighting.WeightOf(person));
    }

    [Fact]
    public void Weight_HighRosh_CountsTwoAndIsHighRosh()
    {
        var person = PersonWith(new RiskAssessment { Rosh = RoshLevel.High });

        Assert.Equal(2, WorkloadWeighting.WeightOf(person));
        Assert.True(WorkloadWeighting.IsHighRosh(person.Risk.Rosh));
    }

    [Fact]
    public void PercentOfAim_FiftyFiveCases_IsOneHundred()
    {
        Assert.Equal(100, WorkloadWeighting.PercentOfAim(55));
    }

    [Fact]
    public void PercentOfAim_TeamOfEightHolding440Cases_IsOneHundredNotEightHundred()
    {
        // The aim is per officer: a team's cases are measured against the aim times its officers.
        Assert.Equal(100, WorkloadWeighting.PercentOfAim(440, officers: 8));
        Assert.Equal(50, WorkloadWeighting.PercentOfAim(110, officers: 4));
    }

    [Fact]
    public void FailuresNotDealtWith_OneWarnedOneOpen_CountsOne()
    {
        var order = OrderWithRar();
        var first = order.RecordUnacceptableFailure(
            WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 2, 1)), ContactOutcome.UnacceptableAbsence), Officer, London(2024, 2, 2));
        order.GiveWarning(first.Id, Officer, new DateOnly(2024, 2, 2), "Warning given", new DateOnly(2024, 2, 2));
        order.RecordUnacceptableFailure(
            WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 3, 1)), ContactOutcome.UnacceptableAbsence), Officer, London(2024, 3, 2));

        Assert.Single(order.FailuresNotDealtWith);
    }

    [Fact]
    public void ExpectedDaysByNow_HalfwayThroughOrder_HalfTheMaximum()
    {
        var expected = RarProRata.ExpectedDaysByNow(20, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 11), new DateOnly(2024, 1, 6));

        Assert.Equal(10m, expected);
    }

    [Fact]
    public void FromCounts_SameAnswersAsPercentYes_SameResults()
    {
        var answers = InspectionQuestions.All
            .Where(question => question.Domain != AuditDomain.UnpaidWork)
            .Select(question => new AuditAnswerDetails(question.Code, question.Code == "2.1.1" ? AuditAnswer.No : AuditAnswer.Yes))
            .ToList();
        var audits = new[]
        {
            CaseAudit.Record(Guid.CreateVersion7(), Officer, new DateOnly(2024, 5, 1), answers, London(2024, 5, 1)),
            CaseAudit.Record(Guid.CreateVersion7(), Officer, new DateOnly(2024, 5, 1), answers.Select(a => a with { Answer = AuditAnswer.Yes }), London(2024, 5, 1)),
        };
        var counts = audits.SelectMany(audit => audit.Answers)
            .Where(answer => answer.Answer != AuditAnswer.NotApplicable)
            .GroupBy(answer => answer.QuestionCode)
            .Select(group => new AuditAnswerCount(group.Key, group.Count(), group.Count(answer => answer.Answer == AuditAnswer.Yes)));

        Assert.Equal(CaseAuditResults.PercentYes(audits), AuditResultTally.FromCounts(counts));
        Assert.Equal(50m, AuditResultTally.FromCounts(counts).Single(result => result.Question.Code == "2.1.1").PercentYes);
    }
}
