using ProbationCase.Web.Cases.Queries;

namespace ProbationCase.Web.Pages.Officer;

/// <summary>My queues: what is waiting on the signed-in officer across their caseload.</summary>
public sealed class QueuesModel(OfficerQueuesQuery query, CurrentStaff staff) : GovUkPageModel
{
    public OfficerQueues? Queues { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (staff.StaffId is { } staffId)
        {
            Queues = await query.GetAsync(staffId, cancellationToken);
        }
    }
}
