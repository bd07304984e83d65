namespace ProbationCase.Domain.Requirements;

/// <summary>
/// [seed 000 §3.3 (Huddersfield)] the pro-rata share of a RAR's maximum days by today: the maximum times the
/// share of the order's time elapsed. <see cref="RarLedger"/> uses it for pace; dashboards use it for team totals.
/// </summary>
public static class RarProRata
{
    public static decimal ExpectedDaysByNow(int maximumDays, DateOnly orderStart, DateOnly orderExpectedEnd, DateOnly today)
    {
        var elapsed = Orders.OrderTimeElapsed.Between(orderStart, orderExpectedEnd, today);
        return decimal.Round(maximumDays * (decimal)elapsed.ElapsedDays / elapsed.TotalDays, 2);
    }
}
