using ProbationCase.Domain.People;

namespace ProbationCase.Web.Tests.Display;

/// <summary>The one display vocabulary (STYLE.md): one date style, one time style, one missing-value text, one RoSH colour per level.</summary>
public sealed class UiDefaultsTests
{
    [Fact]
    public void Date_IsGovUkStyle_WithTheFullMonthAndNoLeadingZero()
    {
        Assert.Equal("16 February 2026", UiDefaults.Date(new DateOnly(2026, 2, 16)));
        Assert.Equal("1 September 2025", UiDefaults.Date(new DateOnly(2025, 9, 1)));
    }

    [Fact]
    public void Date_OfAnInstant_IsTheLondonDay()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST) [DOMAIN.md §3].
        Assert.Equal("1 July 2026", UiDefaults.Date(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal("16 February 2026", UiDefaults.Date(new DateTimeOffset(2026, 2, 16, 23, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(10, 0, "10am")]
    [InlineData(10, 30, "10:30am")]
    [InlineData(9, 5, "9:05am")]
    [InlineData(14, 0, "2pm")]
    [InlineData(17, 45, "5:45pm")]
    [InlineData(12, 0, "midday")]
    [InlineData(12, 30, "12:30pm")]
    [InlineData(0, 0, "midnight")]
    [InlineData(0, 15, "12:15am")]
    [InlineData(23, 59, "11:59pm")]
    public void Time_IsGovUkStyle(int hour, int minute, string expected)
    {
        Assert.Equal(expected, UiDefaults.Time(new TimeOnly(hour, minute)));
    }

    [Fact]
    public void Time_OfAnInstant_IsLondonWallClock_InWinterAndSummer()
    {
        // GMT in winter: 10:00 UTC is 10am. BST in summer: 09:30 UTC is 10:30am; 11:00 UTC is midday; 23:00 UTC is midnight.
        Assert.Equal("10am", UiDefaults.Time(new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.Zero)));
        Assert.Equal("10:30am", UiDefaults.Time(new DateTimeOffset(2026, 7, 13, 9, 30, 0, TimeSpan.Zero)));
        Assert.Equal("midday", UiDefaults.Time(new DateTimeOffset(2026, 7, 13, 11, 0, 0, TimeSpan.Zero)));
        Assert.Equal("midnight", UiDefaults.Time(new DateTimeOffset(2026, 7, 13, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void DateTime_JoinsTheDateAndTimeStyles()
    {
        Assert.Equal("16 February 2026 at 10:30am", UiDefaults.DateTime(new DateTimeOffset(2026, 2, 16, 10, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void MissingValues_AllReadTheSameText()
    {
        Assert.Equal("Not recorded", UiDefaults.NotRecorded);
        Assert.Equal(UiDefaults.NotRecorded, UiDefaults.Date((DateOnly?)null));
        Assert.Equal(UiDefaults.NotRecorded, UiDefaults.Date((DateTimeOffset?)null));
        Assert.Equal(UiDefaults.NotRecorded, UiDefaults.DateTime(null));
        Assert.Equal(UiDefaults.NotRecorded, UiDefaults.Text(null));
        Assert.Equal(UiDefaults.NotRecorded, UiDefaults.Text("   "));
        Assert.Equal(UiDefaults.NotRecorded, UiDefaults.Of(PeopleAtRisk.None));
        Assert.Equal("07700 900123", UiDefaults.Text("07700 900123"));
    }

    [Theory]
    [InlineData(RoshLevel.Low, "Low", "govuk-tag--green")]
    [InlineData(RoshLevel.Medium, "Medium", "govuk-tag--yellow")]
    [InlineData(RoshLevel.High, "High", "govuk-tag--orange")]
    [InlineData(RoshLevel.VeryHigh, "Very high", "govuk-tag--red")]
    [InlineData(RoshLevel.NotAssessed, "Not assessed", "govuk-tag--grey")]
    public void Rosh_HasOneNameAndOneColourPerLevel(RoshLevel level, string name, string tagClass)
    {
        Assert.Equal(name, UiDefaults.Of(level));
        Assert.Equal(tagClass, UiDefaults.RoshTagClass(level));
    }

    [Fact]
    public void Rosh_EveryLevelHasItsOwnColour()
    {
        var colours = Enum.GetValues<RoshLevel>().Select(UiDefaults.RoshTagClass).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
    }
}
