using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Court;

namespace ProbationCase.Web.Pages.Court;

/// <summary>[DOMAIN.md §10, seed 003 Figure 9] sentences passed against proposals, per court and month; CSV download.</summary>
public sealed class ConcordanceModel(ProbationCaseDbContext db, AuditTrail audit) : GovUkPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Court { get; set; }

    public IReadOnlyList<ConcordanceRow> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CourtOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var courts = await CourtWorkList.CourtsAsync(db, cancellationToken);
        CourtOptions = [new("All courts", ""), .. courts.Select(court => new SelectListItem(court, court))];
        Rows = await ConcordanceReport.ReadAsync(db, Court, cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var rows = await ConcordanceReport.ReadAsync(db, Court, cancellationToken);
        // [DOMAIN.md §12] every download is recorded; court figures belong to no one case.
        await audit.RecordExportAsync("/Court/Concordance CSV", string.IsNullOrWhiteSpace(Court) ? "All courts" : Court.Trim(), personId: null, cancellationToken);
        return File(Encoding.UTF8.GetBytes(ConcordanceReport.ToCsv(rows)), CsvDownload.ContentType, "sentence-concordance.csv");
    }

    public string CsvLink => "/Court/Concordance?handler=Csv" + (string.IsNullOrWhiteSpace(Court) ? "" : "&court=" + Uri.EscapeDataString(Court));
}
