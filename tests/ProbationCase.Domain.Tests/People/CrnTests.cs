using ProbationCase.Domain.People;

namespace ProbationCase.Domain.Tests.People;

public class CrnTests
{
    [Fact]
    public void Parse_LetterAndSixDigits_KeepsValue()
    {
        var crn = Crn.Parse("X123456");

        Assert.Equal("X123456", crn.Value);
    }

    [Fact]
    public void Parse_LowerCaseWithSpaces_StoresUpperCase()
    {
        var crn = Crn.Parse("  x123456 ");

        Assert.Equal("X123456", crn.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456")]
    [InlineData("X12345")]
    [InlineData("X1234567")]
    [InlineData("XX12345")]
    [InlineData("1123456")]
    [InlineData("X12345A")]
    [InlineData("É123456")]
    public void Parse_NotOneLetterAndSixDigits_Refused(string value)
    {
        var error = Assert.Throws<DomainException>(() => Crn.Parse(value));

        Assert.Contains("one letter followed by six digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameValue_Equal()
    {
        Assert.Equal(Crn.Parse("A000001"), Crn.Parse("a000001"));
    }
}
