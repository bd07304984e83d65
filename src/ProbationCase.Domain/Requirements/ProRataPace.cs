namespace ProbationCase.Domain.Requirements;

/// <summary>
/// Pace against a straight line [seed 000 §3.3 (Huddersfield), DOMAIN.md §4–§5]: what was ordered,
/// spread evenly over the time allowed, against what has been delivered so far.
/// </summary>
public static class ProRataPace
{
    /// <summary>
    /// [policy] delivered plus the margin falls short of the pro-rata share (ordered × elapsed / total).
    /// Compared exactly, cross-multiplied with no rounding, so the caseload query can test the same
    /// inequality in SQL (<see cref="Caseload.CaseloadWarningRules"/>); expected figures are rounded for display only.
    /// </summary>
    public static bool Trails(decimal delivered, decimal margin, int ordered, int elapsedDays, int totalDays) =>
        (delivered + margin) * totalDays < (decimal)ordered * elapsedDays;
}
