using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;

namespace ProbationCase.Web;

/// <summary>
/// Every CSV the service sends: written by CsvHelper (RFC 4180 quoting), with formula injection
/// neutralised here and nowhere else.
/// </summary>
public static class CsvDownload
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// OWASP CSV injection: a cell starting = + - @, tab or carriage return gets a leading apostrophe, so a
    /// spreadsheet shows it as text and never runs it as a formula (a name like <c>=HYPERLINK(...)</c>); CsvHelper
    /// also quotes such a cell. Lines end CRLF, and a cell with any line break is quoted.
    /// </summary>
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'],
        InjectionEscapeCharacter = '\'',
    };

    /// <summary>A table of text cells: a heading row, then one line per row.</summary>
    public static string Write(IEnumerable<string> headings, IEnumerable<IEnumerable<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(rows);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            WriteRow(csv, headings);
            foreach (var row in rows)
            {
                WriteRow(csv, row);
            }
        }

        return text.ToString();
    }

    /// <summary>The table as a file download.</summary>
    public static FileContentResult File(string fileName, IEnumerable<string> headings, IEnumerable<IEnumerable<string>> rows) =>
        new(Encoding.UTF8.GetBytes(Write(headings, rows)), ContentType) { FileDownloadName = fileName };

    private static void WriteRow(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
    }
}
