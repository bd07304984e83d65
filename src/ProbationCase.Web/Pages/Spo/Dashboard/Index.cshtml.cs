using System.Text;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo.Dashboard;

/// <summary>The team dashboard [DOMAIN.md §7, §9, §11]: figures per officer and for the team, charts with tables, CSV.</summary>
public sealed class IndexModel(TeamDashboardQuery query, AuditTrail audit) : SpoPageModel
{
    public TeamDashboard Dashboard { get; private set; } = null!;

    public IReadOnlyList<DashboardTable> Tables { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Dashboard = await query.ComputeAsync(Team.TeamId, HttpContext.RequestAborted);
        Tables = DashboardTables.All(Dashboard);
    }

    public async Task<IActionResult> OnGetCsvAsync(string table)
    {
        await OnGetAsync();
        var chosen = Tables.SingleOrDefault(candidate => candidate.Key == table);
        if (chosen is null)
        {
            return NotFound();
        }

        // [DOMAIN.md §12] every download is recorded; the team's figures belong to no one case.
        await audit.RecordExportAsync($"/Spo/Dashboard CSV {chosen.Key}", Team.TeamId.ToString(), personId: null, HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(chosen.ToCsv()), CsvDownload.ContentType, $"team-{chosen.Key}-{Dashboard.Today:yyyy-MM-dd}.csv");
    }
}
