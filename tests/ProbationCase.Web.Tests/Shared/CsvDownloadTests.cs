namespace ProbationCase.Web.Tests.Shared;

/// <summary>Every CSV the service writes goes through CsvDownload: RFC 4180 quoting and formula injection neutralised.</summary>
public sealed class CsvDownloadTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"Click\")", "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\"")]
    [InlineData("+44 7700 900000", "\"'+44 7700 900000\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1:A2)", "\"'@SUM(A1:A2)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public void Write_CellStartingLikeAFormula_GetsALeadingApostrophe(string cell, string written)
    {
        var csv = ProbationCase.Web.CsvDownload.Write(["Name"], [[cell]]);

        Assert.Equal($"Name\r\n{written}\r\n", csv);
    }

    [Theory]
    [InlineData("Truro, Crown \"Court\"", "\"Truro, Crown \"\"Court\"\"\"")]
    [InlineData("Line one\nline two", "\"Line one\nline two\"")]
    [InlineData("Line one\rline two", "\"Line one\rline two\"")]
    [InlineData("Jo Bloggs", "Jo Bloggs")]
    [InlineData("a=b", "a=b")]
    public void Write_OrdinaryCell_QuotedOnlyWhereRfc4180Needs(string cell, string written)
    {
        var csv = ProbationCase.Web.CsvDownload.Write(["Name", "Cases"], [[cell, "3"]]);

        Assert.Equal($"Name,Cases\r\n{written},3\r\n", csv);
    }
}
