using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace ProbationCase.BrowserTests.Support;

/// <summary>
/// A page saved as a PDF by Chromium with the print stylesheet, read back with PdfPig: its words per printed page.
/// Every save is checked for what must never print: navigation, "Sign out", link addresses, words broken mid-word.
/// </summary>
public sealed record PrintedPdf(IReadOnlyList<IReadOnlyList<string>> PageWords)
{
    public string Text => string.Join(" ", PageWords.SelectMany(words => words));

    public IEnumerable<string> PageTexts => PageWords.Select(words => string.Join(" ", words));

    public static async Task<PrintedPdf> SaveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        using var document = PdfDocument.Open(pdf);
        var printed = new PrintedPdf(document.GetPages().Select(p => (IReadOnlyList<string>)p.GetWords().Select(w => w.Text).ToList()).ToList());
        var text = printed.Text;
        var words = printed.PageWords.SelectMany(w => w).ToList();

        Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/Cases/", text, StringComparison.Ordinal);
        foreach (var screenOnly in new[] { "Skip to main content", "Sign out", "Back to the case", "Record as given", "Composed from the record", "Beta" })
        {
            Assert.DoesNotContain(screenOnly, text, StringComparison.Ordinal);
        }

        // No label or word broken mid-word across lines (a broken word ends with a hyphen).
        Assert.DoesNotContain(words, w => w.Length > 1 && w.EndsWith('-'));
        return printed;
    }
}
