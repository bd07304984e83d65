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

    /// <summary>
    /// The first day, counted from <paramref name="start"/>, on which <see cref="Trails"/> holds for a fixed amount
    /// delivered; null when it never does within <paramref name="totalDays"/>. Found with <see cref="Trails"/> itself
    /// (elapsed time only grows the pro-rata share), so "behind pace today" is "behind pace from a date on or before today"
    /// and a stored date needs no recomputing as days pass.
    /// </summary>
    public static DateOnly? FirstDayTrailing(decimal delivered, decimal margin, int ordered, DateOnly start, int totalDays)
    {
        if (!Trails(delivered, margin, ordered, totalDays, totalDays))
        {
            return null;
        }

        var (low, high) = (0, totalDays);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Trails(delivered, margin, ordered, middle, totalDays))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return start.AddDays(low);
    }
}
