using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Caseload;

public sealed class CaseloadWarningRulesTests
{
    private static readonly CaseDeadlines Deadlines = new(BusinessCalendar.EnglandAndWales, TimelinessPolicy.Default);

    [Theory]
    [InlineData(-1, false, true)]
    [InlineData(-1, true, false)]
    [InlineData(1, false, false)]
    public void OutcomeNotRecorded_PastOrFutureWithOrWithoutOutcome_AgreesWithTheContact(int daysFromNow, bool withOutcome, bool expected)
    {
        var now = London(2024, 3, 4, 12);
        var contact = Arrange(CommunityOrder(RequirementTerms.Rar(10)), ContactType.OfficeAppointment, now.AddDays(daysFromNow));
        if (withOutcome) contact.RecordOutcome(ContactOutcome.Rescheduled, null, Officer, now);

        var matches = CaseloadWarningRules.OutcomeNotRecorded(now).Compile()(contact);

        Assert.Equal(expected, matches);
        Assert.Equal(contact.IsOutcomeNotRecorded(now), matches);
    }

    [Fact]
    public void AttendedFaceToFace_EveryOutcome_AgreesWithMonthlyFaceToFace()
    {
        var rule = CaseloadWarningRules.AttendedFaceToFace.Compile();
        foreach (var faceToFace in new[] { true, false })
        {
            foreach (var outcome in Enum.GetValues<ContactOutcome>())
            {
                var type = faceToFace ? ContactType.OfficeAppointment : ContactType.Telephone;
                var contact = Arrange(CommunityOrder(RequirementTerms.Rar(10)), type, London(2024, 2, 1), faceToFace: faceToFace);
                var absence = outcome == ContactOutcome.AcceptableAbsence ? new AcceptableAbsence(AcceptableAbsenceReason.Medical, "GP letter", true) : null;
                contact.RecordOutcome(outcome, absence, Officer, London(2024, 2, 1, 12));

                Assert.Equal(MonthlyFaceToFace.CountsAsFaceToFace(contact), rule(contact));
            }
        }
    }

    [Fact]
    public void HasFailureWithoutDecision_FailureNotYetWarned_IsTrueUntilAWarningIsGiven()
    {
        var order = CommunityOrder(RequirementTerms.Rar(10));
        var missed = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 2, 1)), ContactOutcome.UnacceptableAbsence);
        var failure = order.RecordUnacceptableFailure(missed, Officer, London(2024, 2, 1, 12));
        var rule = CaseloadWarningRules.HasFailureWithoutDecision(new DateOnly(2024, 2, 5)).Compile();

        var before = rule(order);
        order.GiveWarning(failure.Id, Officer, new DateOnly(2024, 2, 2), "Missed appointment.");
        var after = rule(order);

        Assert.True(before);
        Assert.True(CaseloadWarningRules.NeedsDecision(CommunityOrder(RequirementTerms.Rar(10)), failure, new DateOnly(2024, 2, 5)));
        Assert.False(after);
        Assert.False(CaseloadWarningRules.NeedsDecision(order, failure, new DateOnly(2024, 2, 5)));
    }

    [Fact]
    public void HasFailureWithoutDecision_RejectedBreachReferral_ReopensTheFailure()
    {
        var order = CommunityOrder(RequirementTerms.Rar(10));
        var first = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 2, 1)), ContactOutcome.UnacceptableAbsence);
        var firstFailure = order.RecordUnacceptableFailure(first, Officer, London(2024, 2, 1, 12));
        order.GiveWarning(firstFailure.Id, Officer, new DateOnly(2024, 2, 2), "Missed appointment.");
        var second = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 3, 1)), ContactOutcome.UnacceptableAbsence);
        var secondFailure = order.RecordUnacceptableFailure(second, Officer, London(2024, 3, 1, 12));
        var decision = order.ReferBreach(secondFailure.Id, Officer, "Second failure within 12 months.", London(2024, 3, 2));
        var rule = CaseloadWarningRules.HasFailureWithoutDecision(new DateOnly(2024, 3, 10)).Compile();

        var whilePending = rule(order);
        order.RejectDecision(decision.Id, Spo(), "Speak to him first.", London(2024, 3, 3));

        Assert.False(whilePending);
        Assert.True(rule(order));
    }

    [Fact]
    public void HasFailureWithoutDecision_FailureOlderThan12Months_IsNotWarned()
    {
        var order = CommunityOrder(RequirementTerms.Rar(10));
        var missed = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2024, 2, 1)), ContactOutcome.UnacceptableAbsence);
        order.RecordUnacceptableFailure(missed, Officer, London(2024, 2, 1, 12));

        Assert.False(CaseloadWarningRules.HasFailureWithoutDecision(new DateOnly(2025, 2, 2)).Compile()(order));
    }

    [Theory]
    [InlineData(27, false)]
    [InlineData(29, true)]
    public void HasRequirementNotStarted_AwaitingStartAfterFourWeeks_AgreesWithTheRequirement(int daysAfterSentence, bool expected)
    {
        var order = CommunityOrder(RequirementTerms.Other(RequirementType.Curfew, "7pm to 7am", 60));
        var today = SentenceDate.AddDays(daysAfterSentence);
        var cutoffs = CaseloadWarningCutoffs.For(LondonClock.ToUtc(today, new TimeOnly(12, 0)), Deadlines, TimelinessPolicy.Default);

        var matches = CaseloadWarningRules.HasRequirementNotStarted(cutoffs).Compile()(order);

        Assert.Equal(expected, matches);
        Assert.Equal(order.Requirements.Single().IsNotStartedWithinTarget(SentenceDate, today, TimelinessPolicy.Default), matches);
    }

    [Fact]
    public void LastStartDueBefore_AroundChristmas_MatchesTheDeadlineForEveryStart()
    {
        // Over Christmas and New Year 2025 the bank holidays stretch the business-day deadlines.
        for (var limit = new DateOnly(2025, 12, 1); limit <= new DateOnly(2026, 1, 31); limit = limit.AddDays(1))
        {
            var planCutoff = CaseloadWarningCutoffs.LastStartDueBefore(Deadlines.SentencePlanDue, limit);
            var firstCutoff = CaseloadWarningCutoffs.LastStartDueBefore(Deadlines.FirstAppointmentDue, limit);
            for (var start = limit.AddDays(-40); start < limit; start = start.AddDays(1))
            {
                Assert.Equal(Deadlines.SentencePlanDue(start) < limit, start <= planCutoff);
                Assert.Equal(Deadlines.FirstAppointmentDue(start) < limit, start <= firstCutoff);
            }
        }
    }

    [Fact]
    public void For_FirstAttendedSixteenBusinessDaysAgo_PlanIsOverdue()
    {
        var firstAttended = London(2024, 1, 10);
        var due = Deadlines.SentencePlanDue(new DateOnly(2024, 1, 10));
        var cutoffs = CaseloadWarningCutoffs.For(LondonClock.ToUtc(due.AddDays(1), new TimeOnly(9, 0)), Deadlines, TimelinessPolicy.Default);
        var onTheDay = CaseloadWarningCutoffs.For(LondonClock.ToUtc(due, new TimeOnly(9, 0)), Deadlines, TimelinessPolicy.Default);

        Assert.Equal(new DateOnly(2024, 1, 31), due);
        Assert.True(firstAttended < cutoffs.PlanOverdueIfFirstAttendedBefore);
        Assert.False(firstAttended < onTheDay.PlanOverdueIfFirstAttendedBefore);
        Assert.True(firstAttended < onTheDay.PlanDueIfFirstAttendedBefore);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(17, true)]
    public void ReviewIsDue_WeeksSinceSignOff_AgreesWithThePlan(int weeks, bool expected)
    {
        var order = CommunityOrder(RequirementTerms.Rar(20));
        var plan = SentencePlan.Start(order, Officer, London(2024, 1, 10));
        plan.RecordPersonsViews("Wants to keep his job", involved: true);
        plan.AddObjective(order, new ObjectiveDetails("Stop drinking", Needs.Alcohol, RiskArea.None, "Alcohol work", "RO"));
        plan.SignOff(RiskAssessment.NotAssessed, Officer, London(2024, 1, 10), London(2024, 1, 12));
        var today = new DateOnly(2024, 1, 12).AddDays(7 * weeks);
        var cutoffs = CaseloadWarningCutoffs.For(LondonClock.ToUtc(today, new TimeOnly(12, 0)), Deadlines, TimelinessPolicy.Default);

        var matches = CaseloadWarningRules.ReviewIsDue(cutoffs).Compile()(plan);

        Assert.Equal(expected, matches);
        Assert.Equal(plan.ReviewDue(TimelinessPolicy.Default)!.DueOn <= today, matches);
    }

    [Fact]
    public void WeekOf_Wednesday_IsMondayToSunday()
    {
        var (monday, sunday) = CaseloadWarningCutoffs.WeekOf(new DateOnly(2026, 11, 25));

        Assert.Equal(new DateOnly(2026, 11, 23), monday);
        Assert.Equal(new DateOnly(2026, 11, 29), sunday);
    }
}
