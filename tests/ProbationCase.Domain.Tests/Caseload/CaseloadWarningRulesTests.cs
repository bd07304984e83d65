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
        order.GiveWarning(failure.Id, Officer, new DateOnly(2024, 2, 2), "Missed appointment.", new DateOnly(2024, 2, 2));
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
        order.GiveWarning(firstFailure.Id, Officer, new DateOnly(2024, 2, 2), "Missed appointment.", new DateOnly(2024, 2, 2));
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
    public void RarBehindPace_DaysDeliveredAcrossTheOrder_AgreesWithTheLedgerEveryDay()
    {
        // Activity days delivered at a steady rate, several on some dates, with RAR appointments
        // (never days) and late-evening activities, checked against the ledger on every day of the order.
        foreach (var (maximumDays, everyNthDay) in new[] { (5, 40), (20, 9), (20, 30), (3, 2) })
        {
            var order = CommunityOrder(RequirementTerms.Rar(maximumDays));
            var contacts = new List<Contact>();
            for (var day = 2; day < 365; day += everyNthDay)
            {
                var date = SentenceDate.AddDays(day);
                contacts.Add(AttendedRarActivity(order, London(date.Year, date.Month, date.Day, 10)));
                contacts.Add(AttendedRarActivity(order, London(date.Year, date.Month, date.Day, 23, 30)));
                contacts.Add(AttendedRarAppointment(order, London(date.Year, date.Month, date.Day + (date.Day < 28 ? 1 : 0), 9)));
            }

            for (var today = SentenceDate.AddDays(-3); today <= order.ExpectedEndDate.AddDays(3); today = today.AddDays(1))
            {
                var now = LondonClock.ToUtc(today, new TimeOnly(12, 0));
                var known = contacts.Where(c => LondonClock.DateOf(c.StartsAt) <= today).ToList();
                var cutoffs = CaseloadWarningCutoffs.For(now, Deadlines, TimelinessPolicy.Default);

                var matches = CaseloadWarningRules.RarBehindPace(known.AsQueryable(), cutoffs, TimelinessPolicy.Default).Compile()(order);

                Assert.True(RarLedger.Calculate(order, known, now, TimelinessPolicy.Default).Pace.IsBehind == matches, $"max {maximumDays}, every {everyNthDay} days, on {today}");
            }
        }
    }

    [Fact]
    public void RarBehindPace_RarCompletedWithAShortfall_IsNoLongerBehindLikeTheLedger()
    {
        var order = CommunityOrder(RequirementTerms.Rar(20));
        order.StartRequirement(order.Rar!.Id, SentenceDate);
        Contact[] contacts = [AttendedRarActivity(order, London(2024, 2, 1))];
        var now = London(2024, 9, 1);
        var rule = CaseloadWarningRules.RarBehindPace(contacts.AsQueryable(), CaseloadWarningCutoffs.For(now, Deadlines, TimelinessPolicy.Default), TimelinessPolicy.Default).Compile();

        var before = rule(order);
        order.CompleteRar(contacts, new DateOnly(2024, 9, 1), "Needs met through the programme.", now);

        Assert.True(before);
        Assert.False(rule(order));
        Assert.False(RarLedger.Calculate(order, contacts, now, TimelinessPolicy.Default).Pace.IsBehind);
    }

    [Fact]
    public void RarBehindPace_ContactsOfAnotherOrderOrRequirement_AreNotCounted()
    {
        var order = CommunityOrder(RequirementTerms.Rar(4));
        var other = CommunityOrder(RequirementTerms.Rar(4));
        var now = London(2024, 9, 1);
        Contact[] contacts =
        [
            .. Enumerable.Range(0, 4).Select(week => AttendedRarActivity(other, London(2024, 2, 1).AddDays(7 * week))),
        ];

        var matches = CaseloadWarningRules.RarBehindPace(contacts.AsQueryable(), CaseloadWarningCutoffs.For(now, Deadlines, TimelinessPolicy.Default), TimelinessPolicy.Default).Compile()(order);

        Assert.True(matches);
        Assert.True(RarLedger.Calculate(order, contacts, now, TimelinessPolicy.Default).Pace.IsBehind);
    }

    [Fact]
    public void UnpaidWorkBehindPace_MinutesCreditedAcrossTheYear_AgreesWithProgressEveryDay()
    {
        foreach (var (hours, minutesPerSession, everyNthDay) in new[] { (100, 420, 14), (60, 240, 21), (300, 480, 7), (40, 60, 30) })
        {
            var sessions = new List<(DateOnly On, int Minutes)>();
            for (var day = 1; day < 370; day += everyNthDay)
            {
                sessions.Add((SentenceDate.AddDays(day), minutesPerSession));
            }

            for (var today = SentenceDate.AddDays(-3); today <= SentenceDate.AddMonths(12).AddDays(3); today = today.AddDays(1))
            {
                var asAt = CommunityOrder(RequirementTerms.UnpaidWork(hours));
                foreach (var (on, minutes) in sessions.Where(s => s.On <= today))
                {
                    if (asAt.UnpaidWork!.MinutesWorked + minutes <= asAt.UnpaidWork.MinutesOrdered)
                    {
                        asAt.CreditUnpaidWork(on, minutes, false);
                    }
                }

                var cutoffs = CaseloadWarningCutoffs.For(LondonClock.ToUtc(today, new TimeOnly(12, 0)), Deadlines, TimelinessPolicy.Default);

                var matches = CaseloadWarningRules.UnpaidWorkBehindPace(cutoffs, TimelinessPolicy.Default).Compile()(asAt);

                Assert.True(asAt.UnpaidWork!.Progress(asAt.SentenceDate, today, TimelinessPolicy.Default).IsBehindPace == matches, $"{hours} hours, {minutesPerSession} minutes every {everyNthDay} days, on {today}");
            }
        }
    }

    [Fact]
    public void UnpaidWorkBehindPace_Completed_IsNotBehind()
    {
        var order = CommunityOrder(RequirementTerms.UnpaidWork(40));
        order.CreditUnpaidWork(new DateOnly(2024, 2, 1), 60, false);
        var cutoffs = CaseloadWarningCutoffs.For(London(2024, 10, 1), Deadlines, TimelinessPolicy.Default);
        var rule = CaseloadWarningRules.UnpaidWorkBehindPace(cutoffs, TimelinessPolicy.Default).Compile();

        var before = rule(order);
        order.CompleteRequirement(order.UnpaidWork!.Id, new DateOnly(2024, 10, 1));

        Assert.True(before);
        Assert.False(rule(order));
    }

    [Fact]
    public void WeekOf_Wednesday_IsMondayToSunday()
    {
        var (monday, sunday) = CaseloadWarningCutoffs.WeekOf(new DateOnly(2026, 11, 25));

        Assert.Equal(new DateOnly(2026, 11, 23), monday);
        Assert.Equal(new DateOnly(2026, 11, 29), sunday);
    }
}
