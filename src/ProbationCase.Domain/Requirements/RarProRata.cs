namespace ProbationCase.Domain.Requirements;

/// <summary>
/// [seed 000 §3.3 (Huddersfield)] the pro-rata share of a RAR's maximum days by today: the maximum times the
/// share of the order's time elapsed. <see cref="RarLedger"/> uses it for pace; dashboards use it for team totals.
/// </summary>
public static class RarProRata
{
    public static decimal ExpectedDaysByNow(int maximumDays, DateOnly orderStart, DateOnly orderExpectedEnd, DateOnly today)
    {
        var totalDays = Math.Max(1, orderExpectedEnd.DayNumber - orderStart.DayNumber);
        var elapsedDays = Math.Clamp(today.DayNumber - orderStart.DayNumber, 0, totalDays);
        return decimal.Round(maximumDays * (decimal)elapsedDays / totalDays, 2);
    }
}
