namespace ProbationCase.Domain.Orders;

/// <summary>
/// How far through its life an order is on a day: days elapsed since the start against the days from start to end,
/// clamped to the order's life. [seed 000 §3.3 (Huddersfield)] pro-rata pace measures delivery against this share.
/// </summary>
public sealed record OrderTimeElapsed(int ElapsedDays, int TotalDays)
{
    public int DaysLeft => TotalDays - ElapsedDays;

    /// <summary>The share elapsed, as a whole percentage rounded down (never 100 before the last day).</summary>
    public int Percent => ElapsedDays * 100 / TotalDays;

    public static OrderTimeElapsed Between(DateOnly start, DateOnly end, DateOnly today)
    {
        var totalDays = Math.Max(1, end.DayNumber - start.DayNumber);
        return new OrderTimeElapsed(Math.Clamp(today.DayNumber - start.DayNumber, 0, totalDays), totalDays);
    }
}
