using Microsoft.Extensions.Time.Testing;
using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Tests.Calendar;

public class LondonClockTests
{
    [Fact]
    public void DateOf_2330UtcInSummer_NextLondonDate()
    {
        var instant = new DateTimeOffset(2024, 7, 1, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2024, 7, 2), LondonClock.DateOf(instant));
    }

    [Fact]
    public void DateOf_2330UtcInWinter_SameLondonDate()
    {
        var instant = new DateTimeOffset(2024, 1, 15, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2024, 1, 15), LondonClock.DateOf(instant));
    }

    [Fact]
    public void ToUtc_LondonSummerMorning_OneHourEarlierInUtc()
    {
        var utc = LondonClock.ToUtc(new DateOnly(2024, 7, 1), new TimeOnly(10, 0));

        Assert.Equal(new DateTimeOffset(2024, 7, 1, 9, 0, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void Today_FakeClockJustAfterMidnightBst_LondonDate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 30, 23, 15, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2024, 7, 1), LondonClock.Today(clock));
    }
}
