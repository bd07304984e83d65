using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo;

/// <summary>The SPO's home: their team and the work waiting for them [DOMAIN.md §1, §11].</summary>
public sealed class IndexModel(SpoTeam spoTeam, AllocationQueries allocations, ApprovalQueries approvals) : GovUkPageModel
{
    public SpoTeamContext? Team { get; private set; }

    public int AwaitingAllocation { get; private set; }

    public int AwaitingApproval { get; private set; }

    public async Task OnGetAsync()
    {
        Team = await spoTeam.FindAsync(HttpContext.RequestAborted);
        if (Team is not null)
        {
            AwaitingAllocation = (await allocations.QueueAsync(Team.TeamId, HttpContext.RequestAborted)).Count;
            AwaitingApproval = (await approvals.PendingAsync(Team.TeamId, HttpContext.RequestAborted)).Count;
        }
    }
}
