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

    /// <summary>The last day a sentence plan counts as "due" rather than not yet due.</summary>
    public DateOnly PlanDueSoonUntil => Today.AddDays(PlanDueSoonDays);

    /// <summary>The Monday of the Monday-to-Sunday London week holding today.</summary>
    public DateOnly Monday => Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));

    /// <summary>The Sunday of that week.</summary>
    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>The Monday to Sunday London week holding today.</summary>
    public (DateOnly Monday, DateOnly Sunday) Week => (Monday, Sunday);
}

/// <summary>
/// A test or figure on a <see cref="CaseSummary"/> for a day, stated once as an expression of the summary and
/// the day: bound to one day for SQL (<see cref="On"/>, where the day's dates become query parameters, so the
/// query plan and EF's query cache hold whatever the day), and compiled once for memory (<see cref="Of"/>).
/// </summary>
public sealed class DayRule<TResult>
{
    private readonly Expression<Func<CaseSummary, CaseloadDay, TResult>> _rule;
    private readonly Lazy<Func<CaseSummary, CaseloadDay, TResult>> _compiled;

    public DayRule(Expression<Func<CaseSummary, CaseloadDay, TResult>> rule)
    {
        _rule = rule ?? throw new ArgumentNullException(nameof(rule));
        _compiled = new Lazy<Func<CaseSummary, CaseloadDay, TResult>>(rule.Compile);
    }

    /// <summary>The rule on <paramref name="day"/>, for a query.</summary>
    public Expression<Func<CaseSummary, TResult>> On(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var body = new DayBinder(_rule.Parameters[1], Expression.Property(Expression.Constant(new DayHolder(day)), nameof(DayHolder.Day))).Visit(_rule.Body);
        return Expression.Lambda<Func<CaseSummary, TResult>>(body, _rule.Parameters[0]);
    }

    /// <summary>The rule applied to one summary in memory.</summary>
    public TResult Of(CaseSummary summary, CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(day);
        return _compiled.Value(summary, day);
    }

    /// <summary>A rule built on this one: <paramref name="next"/> applied to its result, still one expression for SQL and memory.</summary>
    public DayRule<TNext> Then<TNext>(Expression<Func<TResult, TNext>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var body = new DayBinder(next.Parameters[0], _rule.Body).Visit(next.Body);
        return new DayRule<TNext>(Expression.Lambda<Func<CaseSummary, CaseloadDay, TNext>>(body, _rule.Parameters));
    }

    /// <summary>Holds the day as a closure would, so a query reads its dates as parameters, not literals.</summary>
    private sealed record DayHolder(CaseloadDay Day);

    private sealed class DayBinder(ParameterExpression parameter, Expression day) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? day : node;
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

    private static readonly Dictionary<CaseloadWarning, DayRule<bool>> Rules = new()
    {
        // [DOMAIN.md §3] booked time has passed and no outcome.
        [CaseloadWarning.OutcomeNotRecorded] = new((summary, day) => summary.EarliestBookingWithoutOutcome <= day.Now),
        // [measure] SL006: no signed-off plan by its due day.
        [CaseloadWarning.PlanOverdue] = new((summary, day) => summary.PlanSignedOffOn == null && summary.PlanDueOn < day.Today),
        [CaseloadWarning.PlanDue] = new((summary, day) => summary.PlanSignedOffOn == null && summary.PlanDueOn >= day.Today && summary.PlanDueOn <= day.PlanDueSoonUntil),
        // [measure] SL003: still not seen face to face after the due day.
        [CaseloadWarning.FirstAppointmentLate] = new((summary, day) => summary.FirstSeenOn == null && summary.FirstAppointmentDueBy < day.Today),
        // [seed 001 §2.23] a requirement still awaiting start after 4 weeks.
        [CaseloadWarning.RequirementNotStarted] = new((summary, day) => summary.RequirementsAwaitingStart > 0 && summary.RequirementsStartDueBy < day.Today),
        // [statute: CJA 2003 Sch 8 para 5–6] a failure in the 12-month window with no warning or decision (Order.FailureNeedsDecision).
        [CaseloadWarning.FailureWithoutDecision] = new((summary, day) => summary.FailuresNotDealtWith.Any(occurredOn => occurredOn > day.EnforcementWindowStartsAfter)),
        // [policy] 16-weekly, [seed 001 §2.44] or on a trigger.
        [CaseloadWarning.ReviewDue] = new((summary, day) => summary.ReviewDueOn <= day.Today),
        // [seed 000 §3.3] and [seed 002 §4]: pace, from the day it started to trail.
        [CaseloadWarning.RarBehindPace] = new((summary, day) => summary.RarBehindPaceFrom <= day.Today),
        [CaseloadWarning.UnpaidWorkBehindPace] = new((summary, day) => summary.UnpaidWorkBehindPaceFrom <= day.Today),
    };

    /// <summary>[DOMAIN.md §9a] a case is on its officer's (and team's) caseload while an order is live.</summary>
    public static DayRule<bool> OnCaseloadRule { get; } = new((summary, day) => summary.LiveUntil >= day.Today);

    public static Expression<Func<CaseSummary, bool>> OnCaseload(CaseloadDay day) => OnCaseloadRule.On(day);

    public static Expression<Func<CaseSummary, bool>> For(CaseloadWarning warning, CaseloadDay day) => Rule(warning).On(day);

    /// <summary>The warnings a summary has on a day, by the same rules the lists filter on.</summary>
    public static IReadOnlyList<CaseloadWarning> Of(CaseSummary summary, CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return JudgeFor(day)(summary);
    }

    /// <summary>Every warning's test for the day, for judging many summaries (a page of rows); compiled once per process.</summary>
    public static Func<CaseSummary, IReadOnlyList<CaseloadWarning>> JudgeFor(CaseloadDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return summary => All.Where(warning => Rules[warning].Of(summary, day)).ToList();
    }

    public static bool Has(CaseSummary summary, CaseloadWarning warning, CaseloadDay day) => Rule(warning).Of(summary, day);

    private static DayRule<bool> Rule(CaseloadWarning warning) =>
        Rules.TryGetValue(warning, out var rule) ? rule : throw new ArgumentOutOfRangeException(nameof(warning), warning, null);

    /// <summary>[DOMAIN.md §3] how many outcomes are not recorded by now.</summary>
    public static DayRule<int> OutcomesNotRecordedRule { get; } = new((summary, day) => summary.BookingsWithoutOutcome.Count(startsAt => startsAt <= day.Now));

    public static Expression<Func<CaseSummary, int>> OutcomesNotRecorded(CaseloadDay day) => OutcomesNotRecordedRule.On(day);

    /// <summary>The next booked contact still to come.</summary>
    public static DayRule<DateTimeOffset?> NextAppointmentRule { get; } =
        new((summary, day) => summary.BookingsWithoutOutcome.Where(startsAt => startsAt > day.Now).Min(startsAt => (DateTimeOffset?)startsAt));

    public static Expression<Func<CaseSummary, DateTimeOffset?>> NextAppointment(CaseloadDay day) => NextAppointmentRule.On(day);

    /// <summary>[statute: CJA 2003 Sch 8 para 5–6] failures in the 12-month window still needing a warning or decision.</summary>
    public static DayRule<int> FailuresNeedingDecisionRule { get; } =
        new((summary, day) => summary.FailuresNotDealtWith.Count(occurredOn => occurredOn > day.EnforcementWindowStartsAfter));

    public static Expression<Func<CaseSummary, int>> FailuresNeedingDecision(CaseloadDay day) => FailuresNeedingDecisionRule.On(day);

    /// <summary>The date of the oldest of <see cref="FailuresNeedingDecision"/>.</summary>
    public static DayRule<DateOnly?> OldestFailureNeedingDecisionRule { get; } =
        new((summary, day) => summary.FailuresNotDealtWith.Where(occurredOn => occurredOn > day.EnforcementWindowStartsAfter).Min(occurredOn => (DateOnly?)occurredOn));

    public static Expression<Func<CaseSummary, DateOnly?>> OldestFailureNeedingDecision(CaseloadDay day) => OldestFailureNeedingDecisionRule.On(day);

    /// <summary>[DOMAIN.md §11] oversight actions past their due day and not completed.</summary>
    public static DayRule<int> OverdueOversightActionsRule { get; } = new((summary, day) => summary.OpenOversightActionsDue.Count(dueOn => dueOn < day.Today));

    public static Expression<Func<CaseSummary, int>> OverdueOversightActions(CaseloadDay day) => OverdueOversightActionsRule.On(day);

    /// <summary>[seed 003 The basics] no attended face-to-face contact in the last complete London month.</summary>
    public static DayRule<bool> NoFaceToFaceLastMonthRule { get; } =
        new((summary, day) => summary.OrderStartDate < day.LastMonth && !summary.FaceToFaceMonths.Contains(day.LastMonth));

    public static Expression<Func<CaseSummary, bool>> NoFaceToFaceLastMonth(CaseloadDay day) => NoFaceToFaceLastMonthRule.On(day);

    /// <summary>[measure] SL003: a first appointment is counted once the person is seen, or once the due day has passed unseen.</summary>
    public static DayRule<bool> FirstAppointmentMeasured { get; } =
        new((summary, day) => summary.FirstSeenOn != null || summary.FirstAppointmentDueBy < day.Today);

    /// <summary>[measure] SL003: seen face to face by the due day.</summary>
    public static DayRule<bool> FirstAppointmentOnTime { get; } = new((summary, _) => summary.FirstSeenOn <= summary.FirstAppointmentDueBy);

    /// <summary>[measure] SL006: a plan is counted once signed off, or once the due day has passed unsigned.</summary>
    public static DayRule<bool> PlanMeasured { get; } =
        new((summary, day) => summary.PlanDueOn != null && (summary.PlanSignedOffOn != null || summary.PlanDueOn < day.Today));

    /// <summary>[measure] SL006: signed off by the due day.</summary>
    public static DayRule<bool> PlanOnTime { get; } = new((summary, _) => summary.PlanSignedOffOn <= summary.PlanDueOn);

    /// <summary>[DOMAIN.md §7] a plan not yet signed off that falls due in this Monday-to-Sunday London week.</summary>
    public static DayRule<bool> PlanDueThisWeek { get; } =
        new((summary, day) => summary.PlanSignedOffOn == null && summary.PlanDueOn >= day.Monday && summary.PlanDueOn <= day.Sunday);
}
