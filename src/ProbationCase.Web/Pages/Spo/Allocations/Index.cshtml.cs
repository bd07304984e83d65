using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo.Allocations;

/// <summary>The team's queue of new cases from court awaiting a responsible officer [DOMAIN.md §10, §11].</summary>
public sealed class IndexModel(AllocationQueries queries) : SpoPageModel
{
    public IReadOnlyList<QueuedCase> Queue { get; private set; } = [];

    public async Task OnGetAsync() => Queue = await queries.QueueAsync(Team.TeamId, HttpContext.RequestAborted);
}
