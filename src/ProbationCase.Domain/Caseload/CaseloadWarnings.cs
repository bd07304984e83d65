using System.Linq.Expressions;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;

namespace ProbationCase.Domain.Caseload;

/// <summary>The things on a case that need the responsible officer's action, shown as tags on a caseload.</summary>
public enum CaseloadWarning
{
    OutcomeNotRecorded = 1,
    PlanOverdue = 2,
    PlanDue = 3,
    FirstAppointmentLate = 4,
    RequirementNotStarted = 5,
    FailureWithoutDecision = 6,
    ReviewDue = 7,
    RarBehindPace = 8,
    UnpaidWorkBehindPace = 9,
}

/// <summary>The day a list is drawn for: the instant, its London date and the windows that follow from it.</summary>
public sealed record CaseloadDay
{
    /// <summary>How far ahead a sentence plan counts as "due" rather than not yet due [policy].</summary>
    public const int PlanDueSoonDays = 7;

    private CaseloadDay() { }

    public DateTimeOffset Now { get; private init; }

    public DateOnly Today { get; private init; }

    /// <summary>[statute: CJA 2003 Sch 8 para 5–6] failures dated after this are inside the 12-month window.</summary>
    public DateOnly EnforcementWindowStartsAfter { get; private init; }

    /// <summary>The first day of the last complete London month, for [seed 003 The basics] monthly face-to-face.</summary>
    public DateOnly LastMonth { get; private init; }

    public static CaseloadDay At(DateTimeOffset now)
    {
        var today = LondonClock.DateOf(now);
        return new CaseloadDay
        {
            Now = now,
            Today = today,
            EnforcementWindowStartsAfter = Order.EnforcementWindowStartsAfter(today),
            LastMonth = MonthlyFaceToFace.MonthOf(today).AddMonths(-1),
        };
    }

    /// <summary>The Monday to Sunday London week holding today.</summary>
    public (DateOnly Monday, DateOnly Sunday) Week
    {
        get
        {
            var monday = Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));
            return (monday, monday.AddDays(6));
        }
    }
}

/// <summary>
/// Each caseload warning as a test on a <see cref="CaseSummary"/> for a given day. The domain worked out the dates
/// (<see cref="CaseSummary.Compute"/>, from the rules cited there); these only compare them with today, in SQL
/// (filters, counts, sort) and in memory (<see cref="Has"/>) alike, so every list says the same thing.
/// </summary>
public static class CaseloadWarnings
{
    public static IReadOnlyList<CaseloadWarning> All { get; } = Enum.GetValues<CaseloadWarning>();

    /// <summary>[DOMAIN.md §9a] a case is on its officer's (and team's) caseload while an order is live.</summary>
    public static Expression<Func<CaseSummary, bool>> OnCaseload(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var today = day.Today;
        return summary => summary.LiveUntil >= today;
    }

    public static Expression<Func<CaseSummary, bool>> For(CaseloadWarning warning, CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var now = day.Now;
        var today = day.Today;
        var dueSoonUntil = today.AddDays(CaseloadDay.PlanDueSoonDays);
        var windowStartsAfter = day.EnforcementWindowStartsAfter;
        return warning switch
        {
            // [DOMAIN.md §3] booked time has passed and no outcome.
            CaseloadWarning.OutcomeNotRecorded => summary => summary.EarliestBookingWithoutOutcome <= now,
            // [measure] SL006: no signed-off plan by its due day.
            CaseloadWarning.PlanOverdue => summary => summary.PlanSignedOffOn == null && summary.PlanDueOn < today,
            CaseloadWarning.PlanDue => summary => summary.PlanSignedOffOn == null && summary.PlanDueOn >= today && summary.PlanDueOn <= dueSoonUntil,
            // [measure] SL003: still not seen face to face after the due day.
            CaseloadWarning.FirstAppointmentLate => summary => summary.FirstSeenOn == null && summary.FirstAppointmentDueBy < today,
            // [seed 001 §2.23] a requirement still awaiting start after 4 weeks.
            CaseloadWarning.RequirementNotStarted => summary => summary.RequirementsAwaitingStart > 0 && summary.RequirementsStartDueBy < today,
            // [statute: CJA 2003 Sch 8 para 5–6] a failure in the 12-month window with no warning or decision (Order.FailureNeedsDecision).
            CaseloadWarning.FailureWithoutDecision => summary => summary.FailuresNotDealtWith.Any(occurredOn => occurredOn > windowStartsAfter),
            // [policy] 16-weekly, [seed 001 §2.44] or on a trigger.
            CaseloadWarning.ReviewDue => summary => summary.ReviewDueOn <= today,
            // [seed 000 §3.3] and [seed 002 §4]: pace, from the day it started to trail.
            CaseloadWarning.RarBehindPace => summary => summary.RarBehindPaceFrom <= today,
            CaseloadWarning.UnpaidWorkBehindPace => summary => summary.UnpaidWorkBehindPaceFrom <= today,
            _ => throw new ArgumentOutOfRangeException(nameof(warning), warning, null),
        };
    }

    /// <summary>The warnings a summary has on a day, by the same expressions the lists filter on.</summary>
    public static IReadOnlyList<CaseloadWarning> Of(CaseSummary summary, CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return JudgeFor(day)(summary);
    }

    /// <summary>Every warning's test compiled once for the day, for judging many summaries (a page of rows).</summary>
    public static Func<CaseSummary, IReadOnlyList<CaseloadWarning>> JudgeFor(CaseloadDay day)
    {
        var tests = All.Select(warning => (Warning: warning, Test: For(warning, day).Compile())).ToList();
        return summary => tests.Where(test => test.Test(summary)).Select(test => test.Warning).ToList();
    }

    public static bool Has(CaseSummary summary, CaseloadWarning warning, CaseloadDay day) =>
        For(warning, day).Compile(preferInterpretation: true)(summary);

    /// <summary>[DOMAIN.md §3] how many outcomes are not recorded by now.</summary>
    public static Expression<Func<CaseSummary, int>> OutcomesNotRecorded(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var now = day.Now;
        return summary => summary.BookingsWithoutOutcome.Count(startsAt => startsAt <= now);
    }

    /// <summary>The next booked contact still to come.</summary>
    public static Expression<Func<CaseSummary, DateTimeOffset?>> NextAppointment(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var now = day.Now;
        return summary => summary.BookingsWithoutOutcome.Where(startsAt => startsAt > now).Min(startsAt => (DateTimeOffset?)startsAt);
    }

    /// <summary>[statute: CJA 2003 Sch 8 para 5–6] failures in the 12-month window still needing a warning or decision.</summary>
    public static Expression<Func<CaseSummary, int>> FailuresNeedingDecision(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var windowStartsAfter = day.EnforcementWindowStartsAfter;
        return summary => summary.FailuresNotDealtWith.Count(occurredOn => occurredOn > windowStartsAfter);
    }

    /// <summary>The date of the oldest of <see cref="FailuresNeedingDecision"/>.</summary>
    public static Expression<Func<CaseSummary, DateOnly?>> OldestFailureNeedingDecision(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var windowStartsAfter = day.EnforcementWindowStartsAfter;
        return summary => summary.FailuresNotDealtWith.Where(occurredOn => occurredOn > windowStartsAfter).Min(occurredOn => (DateOnly?)occurredOn);
    }

    /// <summary>[DOMAIN.md §11] oversight actions past their due day and not completed.</summary>
    public static Expression<Func<CaseSummary, int>> OverdueOversightActions(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var today = day.Today;
        return summary => summary.OpenOversightActionsDue.Count(dueOn => dueOn < today);
    }

    /// <summary>[seed 003 The basics] no attended face-to-face contact in the last complete London month.</summary>
    public static Expression<Func<CaseSummary, bool>> NoFaceToFaceLastMonth(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var lastMonth = day.LastMonth;
        return summary => summary.OrderStartDate < lastMonth && !summary.FaceToFaceMonths.Contains(lastMonth);
    }
}
