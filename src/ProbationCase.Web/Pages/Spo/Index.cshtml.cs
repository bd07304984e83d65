using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo;

/// <summary>The SPO's home: their team and the work waiting for them [DOMAIN.md §1, §11], counted from the case summaries.</summary>
public sealed class IndexModel(SpoTeam spoTeam) : GovUkPageModel
{
    public SpoTeamContext? Team { get; private set; }

    public int AwaitingAllocation { get; private set; }

    public int AwaitingApproval { get; private set; }

    public async Task OnGetAsync()
    {
        Team = await spoTeam.FindAsync(HttpContext.RequestAborted);
        if (Team is not null)
        {
            var counts = await spoTeam.Summaries(Team.TeamId)
                .GroupBy(summary => 1)
                .Select(group => new
                {
                    AwaitingAllocation = group.Count(summary => summary.AllocationStatus == AllocationStatus.AwaitingAllocation),
                    AwaitingApproval = group.Sum(summary => summary.DecisionsAwaitingApproval),
                })
                .SingleOrDefaultAsync(HttpContext.RequestAborted);
            AwaitingAllocation = counts?.AwaitingAllocation ?? 0;
            AwaitingApproval = counts?.AwaitingApproval ?? 0;
        }
    }
}
