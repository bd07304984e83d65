using System.Linq.Expressions;

namespace ProbationCase.Domain.Caseload;

/// <summary>The cases behind each case-counting figure of the team dashboard that is not a caseload warning.</summary>
public enum CaseloadMeasure
{
    FirstAppointmentMeasured = 1,
    FirstAppointmentOnTime = 2,
    PlanMeasured = 3,
    PlanOnTime = 4,
    PlanSignedOff = 5,
    PlanPersonInvolved = 6,
    PlanNeedsKeepOthersSafe = 7,
    PlanKeepsOthersSafe = 8,
    RarOrdered = 9,
    UnpaidWorkOrdered = 10,
    NoFaceToFaceLastMonth = 11,
    BreachInProgress = 12,
    OversightActionOverdue = 13,
}

/// <summary>
/// Each dashboard figure that counts cases, stated once as a <see cref="DayRule{TResult}"/> on a case summary: the
/// dashboard counts with it in memory and the team caseload filters with it in SQL, so a figure and the list it
/// links to are the same statement. Rules that already exist in <see cref="CaseloadWarnings"/> are reused, not restated.
/// </summary>
public static class CaseloadMeasures
{
    public static IReadOnlyList<CaseloadMeasure> All { get; } = Enum.GetValues<CaseloadMeasure>();

    private static readonly Dictionary<CaseloadMeasure, DayRule<bool>> Rules = new()
    {
        // [measure] SL003.
        [CaseloadMeasure.FirstAppointmentMeasured] = CaseloadWarnings.FirstAppointmentMeasured,
        [CaseloadMeasure.FirstAppointmentOnTime] = CaseloadWarnings.FirstAppointmentOnTime,
        // [measure] SL006.
        [CaseloadMeasure.PlanMeasured] = CaseloadWarnings.PlanMeasured,
        [CaseloadMeasure.PlanOnTime] = CaseloadWarnings.PlanOnTime,
        // [DOMAIN.md §7] a signed-off plan; quality is judged on signed-off plans only.
        [CaseloadMeasure.PlanSignedOff] = new((summary, _) => summary.PlanSignedOffOn != null),
        // [seed 002 §2.1] the person took part in their plan.
        [CaseloadMeasure.PlanPersonInvolved] = new((summary, _) => summary.PlanSignedOffOn != null && summary.PlanPersonInvolved),
        // [seed 002 §2.2] domestic abuse, safeguarding or RoSH medium+ needs a keep-others-safe objective.
        [CaseloadMeasure.PlanNeedsKeepOthersSafe] = new((summary, _) => summary.PlanSignedOffOn != null && summary.NeedsKeepOthersSafeObjective),
        [CaseloadMeasure.PlanKeepsOthersSafe] = new((summary, _) => summary.PlanSignedOffOn != null && summary.NeedsKeepOthersSafeObjective && summary.PlanKeepsOthersSafe),
        // [DOMAIN.md §4, §5] the current order has a RAR, or unpaid work.
        [CaseloadMeasure.RarOrdered] = new((summary, _) => summary.RarMaximumDays != null),
        [CaseloadMeasure.UnpaidWorkOrdered] = new((summary, _) => summary.UnpaidWorkHoursOrdered != null),
        // [seed 003 The basics].
        [CaseloadMeasure.NoFaceToFaceLastMonth] = CaseloadWarnings.NoFaceToFaceLastMonthRule,
        // [DOMAIN.md §9] worked out by the domain and kept on the summary.
        [CaseloadMeasure.BreachInProgress] = new((summary, _) => summary.BreachInProgress),
        // [DOMAIN.md §11] at least one oversight action overdue, by the same count the dashboard sums.
        [CaseloadMeasure.OversightActionOverdue] = CaseloadWarnings.OverdueOversightActionsRule.Then(count => count > 0),
    };

    public static DayRule<bool> Rule(CaseloadMeasure measure) =>
        Rules.TryGetValue(measure, out var rule) ? rule : throw new ArgumentOutOfRangeException(nameof(measure), measure, null);

    /// <summary>The measure on a day, for a query.</summary>
    public static Expression<Func<CaseSummary, bool>> For(CaseloadMeasure measure, CaseloadDay day) => Rule(measure).On(day);

    /// <summary>The measure applied to one summary in memory.</summary>
    public static bool Has(CaseSummary summary, CaseloadMeasure measure, CaseloadDay day) => Rule(measure).Of(summary, day);
}
