using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Tests.Calendar;

public class BusinessCalendarTests
{
    private readonly CaseDeadlines _deadlines = new(BusinessCalendar.EnglandAndWales, TimelinessPolicy.Default);

    [Fact]
    public void SentencePlanDue_FirstAppointmentMon18Dec2023_SkipsChristmasBoxingDayAndNewYear()
    {
        // 19–22 Dec (4), 27–29 Dec (7), 2–5 Jan (11), 8–11 Jan (15); 25, 26 Dec and 1 Jan are bank holidays.
        var due = _deadlines.SentencePlanDue(new DateOnly(2023, 12, 18));

        Assert.Equal(new DateOnly(2024, 1, 11), due);
    }

    [Fact]
    public void SentencePlanDue_FirstAppointmentThu28Mar2024_SkipsGoodFridayAndEasterMonday()
    {
        // Good Friday 29 Mar and Easter Monday 1 Apr 2024; 2–5 Apr (4), 8–12 (9), 15–19 (14), 22 Apr (15).
        var due = _deadlines.SentencePlanDue(new DateOnly(2024, 3, 28));

        Assert.Equal(new DateOnly(2024, 4, 22), due);
    }

    [Fact]
    public void FirstAppointmentDue_SentencedFri22Dec2023_SkipsChristmasToWed3Jan()
    {
        // 25, 26 Dec and 1 Jan are bank holidays: 27 (1), 28 (2), 29 Dec (3), 2 Jan (4), 3 Jan (5).
        var due = _deadlines.FirstAppointmentDue(new DateOnly(2023, 12, 22));

        Assert.Equal(new DateOnly(2024, 1, 3), due);
    }

    [Fact]
    public void AddBusinessDays_FridayPlusOne_Monday()
    {
        var calendar = new BusinessCalendar([]);

        Assert.Equal(new DateOnly(2024, 6, 10), calendar.AddBusinessDays(new DateOnly(2024, 6, 7), 1));
    }

    [Fact]
    public void AddBusinessDays_Negative_GoesBackOverWeekend()
    {
        var calendar = new BusinessCalendar([]);

        Assert.Equal(new DateOnly(2024, 6, 7), calendar.AddBusinessDays(new DateOnly(2024, 6, 10), -1));
    }

    [Fact]
    public void BusinessDaysBetween_ChristmasWeek2023_CountsThreeDays()
    {
        var days = BusinessCalendar.EnglandAndWales.BusinessDaysBetween(new DateOnly(2023, 12, 22), new DateOnly(2023, 12, 29));

        Assert.Equal(3, days);
    }

    [Fact]
    public void IsBusinessDay_CustomBankHoliday_NotBusinessDay()
    {
        var calendar = new BusinessCalendar([new DateOnly(2024, 6, 12)]);

        Assert.False(calendar.IsBusinessDay(new DateOnly(2024, 6, 12)));
    }

    [Fact]
    public void NextBusinessDayOnOrAfter_BoxingDay2024_Fri27Dec()
    {
        Assert.Equal(new DateOnly(2024, 12, 27), BusinessCalendar.EnglandAndWales.NextBusinessDayOnOrAfter(new DateOnly(2024, 12, 25)));
    }
}
