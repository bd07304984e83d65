using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Interventions;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Pages.Admin.Interventions;

public sealed record InterventionRow(Guid Id, string Name, InterventionType Type, int Sessions, string Provider, string Location, bool IsWomenOnly, bool IsAvailableNow);

/// <summary>The interventions catalogue [DOMAIN.md §6, §10]: accredited programmes and RAR activities.</summary>
public sealed class IndexModel(ProbationCaseDbContext db) : PageModel
{
    public IReadOnlyList<InterventionRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Interventions.AsNoTracking()
            .OrderBy(i => i.Type).ThenBy(i => i.Name)
            .Select(i => new InterventionRow(i.Id, i.Name, i.Type, i.Sessions, i.Provider, i.Location, i.IsWomenOnly, i.IsAvailableNow))
            .ToListAsync(cancellationToken);
}
