using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo.Caseload;

/// <summary>Every officer's cases in the team with the RO's warnings, filterable by officer [DOMAIN.md §11].</summary>
public sealed class IndexModel(TeamCaseloadQuery query, SpoTeam spoTeam) : SpoPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Officer { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TeamCaseloadPage Results { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> OfficerItems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var officers = await spoTeam.OfficersAsync(Team.TeamId, HttpContext.RequestAborted);
        OfficerItems = [new SelectListItem("All officers", ""), .. officers.Select(o => new SelectListItem($"{o.Name} ({SpoTeam.GradeName(o.Grade)})", o.Id.ToString()))];
        Results = await query.PageAsync(Team.TeamId, Officer, PageNumber, HttpContext.RequestAborted);
    }

    public string PageLink(int page) => Officer is { } officer ? $"?officer={officer}&page={page}" : $"?page={page}";
}
