using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Tests.Calendar;

public class CaseDeadlinesTests
{
    private readonly CaseDeadlines _deadlines = new(BusinessCalendar.EnglandAndWales, TimelinessPolicy.Default);

    [Fact]
    public void CheckPsrReuse_FiveMonthsOld_Allowed()
    {
        Assert.Equal(PsrReuse.Allowed, _deadlines.CheckPsrReuse(new DateOnly(2024, 1, 10), new DateOnly(2024, 6, 10)));
    }

    [Fact]
    public void CheckPsrReuse_SevenMonthsOld_AllowedWithWarning()
    {
        Assert.Equal(PsrReuse.AllowedWithWarning, _deadlines.CheckPsrReuse(new DateOnly(2024, 1, 10), new DateOnly(2024, 8, 10)));
    }

    [Fact]
    public void CheckPsrReuse_ThirteenMonthsOld_Refused()
    {
        var error = Assert.Throws<DomainException>(() => _deadlines.CheckPsrReuse(new DateOnly(2024, 1, 10), new DateOnly(2025, 2, 10)));

        Assert.Contains("more than 12 months old", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsRsrLate_DoneTwoDaysAfterSentence_Late()
    {
        Assert.True(_deadlines.IsRsrLate(new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 6), new DateOnly(2024, 3, 10)));
    }

    [Fact]
    public void IsRsrLate_DoneDayAfterSentence_OnTime()
    {
        Assert.False(_deadlines.IsRsrLate(new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 10)));
    }

    [Fact]
    public void FirstRarActivityDue_Sentence_FourWeeksLater()
    {
        Assert.Equal(new DateOnly(2024, 2, 5), _deadlines.FirstRarActivityDue(new DateOnly(2024, 1, 8)));
    }

    [Fact]
    public void SentencePlanDue_PolicyOverridden_UsesConfiguredDays()
    {
        var deadlines = new CaseDeadlines(new BusinessCalendar([]), TimelinessPolicy.Default with { SentencePlanWithinBusinessDays = 10 });

        Assert.Equal(new DateOnly(2024, 6, 17), deadlines.SentencePlanDue(new DateOnly(2024, 6, 3)));
    }
}

public sealed class FirstAppointmentTests
{
    private static readonly CaseDeadlines Deadlines = new(BusinessCalendar.EnglandAndWales, TimelinessPolicy.Default);

    // Sentenced Monday 8 January 2024: five business days later is Monday 15 January.
    private static readonly DateOnly Sentenced = new(2024, 1, 8);

    [Fact]
    public void For_SeenOnTheDueDate_IsNotLate()
    {
        var first = FirstAppointment.For(Sentenced, LondonClock.ToUtc(new DateOnly(2024, 1, 15), new TimeOnly(16, 0)), new DateOnly(2024, 3, 1), Deadlines);

        Assert.Equal((new DateOnly(2024, 1, 15), new DateOnly(2024, 1, 15), false), (first.DueBy, first.SeenOn, first.IsLate));
    }

    [Fact]
    public void For_SeenAfterTheDueDate_StaysLateAfterwards()
    {
        var first = FirstAppointment.For(Sentenced, LondonClock.ToUtc(new DateOnly(2024, 1, 17), new TimeOnly(10, 0)), new DateOnly(2024, 6, 1), Deadlines);

        Assert.True(first.IsLate);
        Assert.False(first.IsWaiting);
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(16, true)]
    public void For_StillWaiting_IsLateOnceTheDueDateHasPassed(int day, bool expected)
    {
        var first = FirstAppointment.For(Sentenced, null, new DateOnly(2024, 1, day), Deadlines);

        Assert.True(first.IsWaiting);
        Assert.Equal(expected, first.IsLate);
    }
}
