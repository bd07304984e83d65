using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using static ProbationCase.Domain.Tests.TestCases;

namespace ProbationCase.Domain.Tests.Caseload;

/// <summary>The case summary says what the aggregates say, and its dated warnings switch on the right day.</summary>
public sealed class CaseSummaryTests
{
    private static readonly CaseRules Rules = new(TimelinessPolicy.Default, EnglandAndWalesBankHolidays.Dates, London(2024, 1, 8));

    private static PersonOnProbation Person() =>
        PersonOnProbation.Create(Crn.Parse("X123456"), "David", "Example", new DateOnly(1990, 1, 1), London(2023, 1, 1));

    private static CaseSummary Summarise(PersonOnProbation person, Order order, IEnumerable<Contact> contacts, IEnumerable<SentencePlan>? plans = null) =>
        CaseSummary.Compute(new CaseFile(person, [order], [.. contacts], [.. plans ?? []], []), Rules);

    private static Order OrderFor(PersonOnProbation person, DateOnly sentenceDate, params RequirementTerms[] terms) =>
        Order.Create(person.Id, OrderType.CommunityOrder, "Huddersfield Magistrates' Court", sentenceDate, sentenceDate, sentenceDate.AddMonths(12),
            [new OffenceDetails("Driving with excess alcohol", sentenceDate.AddMonths(-2))], terms, sentenceDate.ToDateTime(TimeOnly.MinValue));

    private static bool Has(CaseSummary summary, CaseloadWarning warning, DateOnly on) =>
        CaseloadWarnings.Has(summary, warning, CaseloadDay.At(LondonClock.ToUtc(on, new TimeOnly(12, 0))));

    [Fact]
    public void Compute_DavidsRar_CountsDaysAsTheLedgerDoes()
    {
        // [seed 000 §5.5] "David": 25 days ordered; several activities on one date are one day; appointments count none.
        var person = Person();
        var order = OrderFor(person, SentenceDate, RequirementTerms.Rar(25));
        var contacts = new List<Contact>
        {
            AttendedRarAppointment(order, London(2024, 1, 15)),
            AttendedRarActivity(order, London(2024, 1, 16, 10)),
            AttendedRarActivity(order, London(2024, 1, 16, 14)),
            AttendedRarActivity(order, London(2024, 1, 23)),
        };

        var summary = Summarise(person, order, contacts);

        Assert.Equal(25, summary.RarMaximumDays);
        Assert.Equal(2, summary.RarDaysDelivered);
        Assert.Equal(RarLedger.Calculate(order, contacts, London(2024, 2, 1), TimelinessPolicy.Default).DaysDelivered, summary.RarDaysDelivered);
    }

    [Fact]
    public void Compute_RarBehindPaceFrom_IsTheFirstDayTheLedgerSaysBehind()
    {
        // [seed 000 §3.3 (Huddersfield)] pace against the pro-rata share; the stored date switches the warning on.
        var person = Person();
        var order = OrderFor(person, SentenceDate, RequirementTerms.Rar(25));
        var contacts = new List<Contact> { AttendedRarActivity(order, London(2024, 1, 16)) };

        var summary = Summarise(person, order, contacts);
        var from = summary.RarBehindPaceFrom!.Value;

        Assert.False(RarLedger.Calculate(order, contacts, London(from.AddDays(-1).Year, from.AddDays(-1).Month, from.AddDays(-1).Day), TimelinessPolicy.Default).Pace.IsBehind);
        Assert.True(RarLedger.Calculate(order, contacts, London(from.Year, from.Month, from.Day), TimelinessPolicy.Default).Pace.IsBehind);
        Assert.False(Has(summary, CaseloadWarning.RarBehindPace, from.AddDays(-1)));
        Assert.True(Has(summary, CaseloadWarning.RarBehindPace, from));
    }

    [Fact]
    public void Compute_FirstSeenMon18Dec2023_PlanDueThu11Jan2024AndOverdueTheDayAfter()
    {
        // [measure] SL006; the Christmas example: 15 business days from Mon 18 Dec 2023 is Thu 11 Jan 2024.
        var person = Person();
        var order = OrderFor(person, new DateOnly(2023, 12, 11), RequirementTerms.Rar(10));
        var seen = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2023, 12, 18)), ContactOutcome.AttendedComplied);

        var summary = Summarise(person, order, [seen]);

        Assert.Equal(new DateOnly(2024, 1, 11), summary.PlanDueOn);
        Assert.True(Has(summary, CaseloadWarning.PlanDue, new DateOnly(2024, 1, 11)));
        Assert.False(Has(summary, CaseloadWarning.PlanOverdue, new DateOnly(2024, 1, 11)));
        Assert.True(Has(summary, CaseloadWarning.PlanOverdue, new DateOnly(2024, 1, 12)));
    }

    [Fact]
    public void Compute_SentencedFri22Dec2023_FirstAppointmentDueWed3JanFromSentenceNotAllocation()
    {
        // [measure] SL003; [seed 001 §2.6] "within five working days of sentence".
        var person = Person();
        var order = OrderFor(person, new DateOnly(2023, 12, 22), RequirementTerms.Rar(10));

        var summary = Summarise(person, order, []);

        Assert.Equal(new DateOnly(2024, 1, 3), summary.FirstAppointmentDueBy);
        Assert.False(Has(summary, CaseloadWarning.FirstAppointmentLate, new DateOnly(2024, 1, 3)));
        Assert.True(Has(summary, CaseloadWarning.FirstAppointmentLate, new DateOnly(2024, 1, 4)));
    }

    [Theory]
    [InlineData(11, true)]
    [InlineData(13, false)]
    public void FailureWithoutDecision_FailureMonthsAgo_OnlyInsideTheTwelveMonthWindow(int monthsAgo, bool expected)
    {
        // [statute: CJA 2003 Sch 8 para 5–6] a failure needs a warning or decision within the 12-month window.
        var person = Person();
        var order = OrderFor(person, new DateOnly(2023, 1, 9), RequirementTerms.Rar(10));
        var missed = WithOutcome(Arrange(order, ContactType.OfficeAppointment, London(2023, 2, 1)), ContactOutcome.UnacceptableAbsence);
        order.RecordUnacceptableFailure(missed, Officer, London(2023, 2, 1, 12));

        var summary = Summarise(person, order, [missed]);
        var today = new DateOnly(2023, 2, 1).AddMonths(monthsAgo);

        Assert.Equal(expected, Has(summary, CaseloadWarning.FailureWithoutDecision, today));
        Assert.Equal(order.FailureNeedsDecision(order.Failures.Single(), today), Has(summary, CaseloadWarning.FailureWithoutDecision, today));
    }

    [Fact]
    public void OutcomeNotRecorded_BookingPasses_WarnsFromItsStartWithoutRecomputing()
    {
        // [DOMAIN.md §3] a booked contact whose time has passed with no outcome.
        var person = Person();
        var order = OrderFor(person, SentenceDate, RequirementTerms.Rar(10));
        var booked = Arrange(order, ContactType.OfficeAppointment, London(2024, 2, 5, 10));

        var summary = Summarise(person, order, [booked]);
        var before = CaseloadDay.At(London(2024, 2, 5, 9));
        var after = CaseloadDay.At(London(2024, 2, 5, 11));

        Assert.False(CaseloadWarnings.Has(summary, CaseloadWarning.OutcomeNotRecorded, before));
        Assert.True(CaseloadWarnings.Has(summary, CaseloadWarning.OutcomeNotRecorded, after));
        Assert.Equal(booked.StartsAt, CaseloadWarnings.NextAppointment(before).Compile()(summary));
        Assert.Equal(1, CaseloadWarnings.OutcomesNotRecorded(after).Compile()(summary));
        Assert.Equal(booked.IsOutcomeNotRecorded(after.Now), CaseloadWarnings.Has(summary, CaseloadWarning.OutcomeNotRecorded, after));
    }

    [Fact]
    public void OnCaseload_AfterTheOrdersEnd_LeavesTheCaseload()
    {
        // [DOMAIN.md §9a] the case leaves the officer's caseload when no order is live.
        var person = Person();
        var order = OrderFor(person, SentenceDate, RequirementTerms.Rar(10));

        var summary = Summarise(person, order, []);
        var onCaseload = CaseloadWarnings.OnCaseload(CaseloadDay.At(London(2025, 1, 8))).Compile();
        var afterEnd = CaseloadWarnings.OnCaseload(CaseloadDay.At(London(2025, 1, 9))).Compile();

        Assert.Equal(order.EndDate, summary.LiveUntil);
        Assert.True(onCaseload(summary));
        Assert.False(afterEnd(summary));
    }

    [Fact]
    public void Fingerprint_BankHolidayAdded_Changes()
    {
        var with = CaseRules.FingerprintOf(TimelinessPolicy.Default, [new DateOnly(2024, 12, 25)]);
        var without = CaseRules.FingerprintOf(TimelinessPolicy.Default, []);
        var policy = CaseRules.FingerprintOf(TimelinessPolicy.Default with { PlanReviewIntervalWeeks = 12 }, [new DateOnly(2024, 12, 25)]);

        Assert.NotEqual(with, without);
        Assert.NotEqual(with, policy);
    }
}
