using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Tests.Forms;

public sealed class DateInputTests
{
    [Fact]
    public void TryToDateOnly_LeapDay_ReturnsTheDate()
    {
        var input = new DateInput { Day = "29", Month = "2", Year = "2024" };

        var parsed = input.TryToDateOnly(out var date);

        Assert.True(parsed);
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Fact]
    public void TryToDateOnly_ThirtyFirstOfFebruary_ReturnsFalse()
    {
        var input = new DateInput { Day = "31", Month = "2", Year = "2024" };

        Assert.False(input.TryToDateOnly(out _));
    }

    [Theory]
    [InlineData("Sept", 9)]
    [InlineData("march", 3)]
    [InlineData(" 07 ", 7)]
    public void TryToDateOnly_MonthAsNameOrPaddedNumber_IsAccepted(string month, int expected)
    {
        var input = new DateInput { Day = "1", Month = month, Year = "2025" };

        Assert.True(input.TryToDateOnly(out var date));
        Assert.Equal(expected, date.Month);
    }

    [Fact]
    public void ErrorMessage_NothingEntered_AsksForTheDate()
    {
        var message = new DateInput().ErrorMessage("Date of birth", "Enter their date of birth");

        Assert.Equal("Enter their date of birth", message);
    }

    [Fact]
    public void ErrorMessage_DayAndYearMissing_NamesBoth()
    {
        var message = new DateInput { Month = "3" }.ErrorMessage("Date of birth");

        Assert.Equal("Date of birth must include a day and year", message);
    }

    [Fact]
    public void ErrorMessage_TwoDigitYear_AsksForFourNumbers()
    {
        var message = new DateInput { Day = "1", Month = "3", Year = "24" }.ErrorMessage();

        Assert.Equal("Year must include 4 numbers", message);
    }

    [Fact]
    public void ErrorMessage_ImpossibleDate_SaysItMustBeReal()
    {
        var message = new DateInput { Day = "30", Month = "2", Year = "2025" }.ErrorMessage();

        Assert.Equal("Date must be a real date", message);
    }

    [Fact]
    public void ErrorMessage_RealDate_IsNull()
    {
        Assert.Null(DateInput.From(new DateOnly(2025, 11, 23)).ErrorMessage());
    }
}
