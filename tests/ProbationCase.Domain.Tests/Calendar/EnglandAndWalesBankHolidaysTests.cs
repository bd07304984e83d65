using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Tests.Calendar;

public class EnglandAndWalesBankHolidaysTests
{
    private static readonly HashSet<DateOnly> Dates = [.. EnglandAndWalesBankHolidays.Dates];

    [Fact]
    public void All_EveryDate_FallsOnAWeekday()
    {
        Assert.All(EnglandAndWalesBankHolidays.Dates, date => Assert.InRange((int)date.DayOfWeek, 1, 5));
    }

    [Theory]
    [InlineData(2015, 8)]
    [InlineData(2019, 8)]
    [InlineData(2020, 8)]
    [InlineData(2021, 8)]
    [InlineData(2022, 10)]
    [InlineData(2023, 9)]
    [InlineData(2024, 8)]
    [InlineData(2027, 8)]
    public void All_Year_HasPublishedCount(int year, int expected)
    {
        Assert.Equal(expected, EnglandAndWalesBankHolidays.Dates.Count(date => date.Year == year));
    }

    [Fact]
    public void All_2020_EarlyMayMovedToVeDayFri8May()
    {
        Assert.Equal((true, false), (Dates.Contains(new DateOnly(2020, 5, 8)), Dates.Contains(new DateOnly(2020, 5, 4))));
    }

    [Fact]
    public void All_2022_JubileeAndStateFuneral()
    {
        Assert.Subset(Dates, new HashSet<DateOnly> { new(2022, 6, 2), new(2022, 6, 3), new(2022, 9, 19) });
        Assert.DoesNotContain(new DateOnly(2022, 5, 30), Dates);
    }

    [Fact]
    public void All_2023_Coronation()
    {
        Assert.Contains(new DateOnly(2023, 5, 8), Dates);
    }

    [Theory]
    [InlineData(2015, 12, 28)] // Boxing Day on Saturday
    [InlineData(2016, 12, 27)] // Christmas Day on Sunday
    [InlineData(2017, 1, 2)] // New Year's Day on Sunday
    [InlineData(2020, 12, 28)]
    [InlineData(2021, 12, 27)]
    [InlineData(2021, 12, 28)]
    [InlineData(2022, 1, 3)] // New Year's Day on Saturday
    [InlineData(2022, 12, 27)]
    [InlineData(2023, 1, 2)]
    [InlineData(2026, 12, 28)]
    [InlineData(2027, 12, 27)]
    [InlineData(2027, 12, 28)]
    public void All_WeekendChristmasOrNewYear_HasSubstituteDay(int year, int month, int day)
    {
        Assert.Contains(new DateOnly(year, month, day), Dates);
    }

    [Fact]
    public void All_EveryYear_HasGoodFridayAndEasterMondayFromTheComputus()
    {
        for (var year = 2015; year <= 2027; year++)
        {
            var easter = EasterSunday(year);
            Assert.Contains(easter.AddDays(-2), Dates);
            Assert.Contains(easter.AddDays(1), Dates);
        }
    }

    [Fact]
    public void All_EveryYear_HasLastMondayOfAugust()
    {
        for (var year = 2015; year <= 2027; year++)
        {
            var date = new DateOnly(year, 8, 31);
            while (date.DayOfWeek != DayOfWeek.Monday)
            {
                date = date.AddDays(-1);
            }

            Assert.Contains(date, Dates);
        }
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
