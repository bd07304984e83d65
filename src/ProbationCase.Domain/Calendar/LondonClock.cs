namespace ProbationCase.Domain.Calendar;

/// <summary>
/// The one place UTC instants become Europe/London calendar dates. Contacts are stored in UTC
/// and shown and counted in Europe/London (DOMAIN.md §3).
/// </summary>
public static class LondonClock
{
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The instant as London wall-clock time.</summary>
    public static DateTimeOffset ToLondonTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>The calendar date in London at the instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLondonTime(instant).DateTime);

    /// <summary>Today's date in London.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>A London wall-clock date and time as a UTC instant (ready to store).</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
