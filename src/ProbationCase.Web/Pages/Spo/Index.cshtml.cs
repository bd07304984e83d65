using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Caseload;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo;

/// <summary>
/// The SPO's home [DOMAIN.md §1, §11]: each officer's workload against the aim, read by the allocation page's own
/// statement (<see cref="AllocationQueries.WorkloadsAsync"/>), and what awaits the SPO, each counted by the statement
/// of the queue it links to.
/// </summary>
public sealed class IndexModel(ProbationCaseDbContext db, SpoTeam spoTeam, AllocationQueries allocation, ApprovalQueries approvals, CaseloadQuery caseload) : GovUkPageModel
{
    public SpoTeamContext? Team { get; private set; }

    public IReadOnlyList<OfficerWorkload> Workloads { get; private set; } = [];

    public int AwaitingAllocation { get; private set; }

    public int AwaitingApproval { get; private set; }

    public int BreachPacksDue { get; private set; }

    /// <summary>Cases with an overdue oversight action: the team caseload's own count for the filter it links to.</summary>
    public int OversightDue { get; private set; }

    public static string OversightDueLink => DashboardTables.CaseloadLink(null, measure: CaseloadMeasure.OversightActionOverdue);

    /// <summary>The bars' scale: the aim with room beyond it, or the largest caseload if that is more.</summary>
    public int Scale => Math.Max(WorkloadWeighting.CaseloadAim * 6 / 5, Workloads.Count == 0 ? 0 : Workloads.Max(load => load.Cases));

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Team = await spoTeam.FindAsync(cancellationToken);
        if (Team is null)
        {
            return;
        }

        Workloads = await allocation.WorkloadsAsync(Team.TeamId, cancellationToken);

        // Each count is the query of the list it links to, counted, except approvals: the team's case summaries each hold
        // the domain's count of their decisions awaiting approval (CaseSummary.DecisionsAwaitingApproval), summed here,
        // read through the team index instead of every pending decision in the country. All four in one statement.
        var teamId = Team.TeamId;
        var queue = allocation.Queue(teamId);
        var pending = spoTeam.Summaries(teamId);
        var packs = approvals.BreachPacksOwed(teamId);
        var oversight = caseload.Matching(new CaseloadRequest(CaseloadScope.ForTeam(teamId), Measure: CaseloadMeasure.OversightActionOverdue));
        var counts = await db.Teams.AsNoTracking()
            .Where(team => team.Id == teamId)
            .Select(team => new { Queue = queue.Count(), Pending = pending.Sum(summary => summary.DecisionsAwaitingApproval), Packs = packs.Count(), Oversight = oversight.Count() })
            .SingleAsync(cancellationToken);
        AwaitingAllocation = counts.Queue;
        AwaitingApproval = counts.Pending;
        BreachPacksDue = counts.Packs;
        OversightDue = counts.Oversight;
    }
}
