using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Domain.People;

/// <summary>Case ownership: the team queue, the responsible officer and the history of every change [DOMAIN.md §11].</summary>
public sealed partial class PersonOnProbation
{
    private readonly List<CaseAllocation> _allocations = [];

    /// <summary>The responsible officer (a <see cref="StaffMember"/> id); null while awaiting allocation.</summary>
    public Guid? ResponsibleOfficerId { get; private set; }

    /// <summary>The team whose queue or caseload holds the case.</summary>
    public Guid? TeamId { get; private set; }

    public AllocationStatus AllocationStatus { get; private set; }

    /// <summary>When the case joined the team's queue; drives "waiting for allocation" ages.</summary>
    public DateTimeOffset? AwaitingAllocationSince { get; private set; }

    public IReadOnlyCollection<CaseAllocation> Allocations => _allocations.AsReadOnly();

    public CaseAllocation? CurrentAllocation => _allocations.SingleOrDefault(allocation => allocation.IsCurrent);

    // [seed 000 §5.1, 003] continuity: the number of changes of RO, not counting the first allocation.
    public int OfficerChanges => Math.Max(0, _allocations.Count - 1);

    /// <summary>A new case from court sits in the team's queue until the SPO allocates it [DOMAIN.md §10, §11].</summary>
    public void AwaitAllocation(Guid teamId, DateTimeOffset now)
    {
        CheckRule(new CaseMustNotAlreadyBeAllocatedRule(AllocationStatus));
        TeamId = teamId;
        AllocationStatus = AllocationStatus.AwaitingAllocation;
        AwaitingAllocationSince = now.ToUniversalTime();
    }

    /// <summary>The first allocation of the case to a responsible officer, by the SPO [DOMAIN.md §11].</summary>
    public CaseAllocation Allocate(StaffMember officer, Guid allocatedBy, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        CheckRule(new CaseMustNotAlreadyBeAllocatedRule(AllocationStatus));
        CheckRule(new TextIsRequiredRule(reason, "Enter why this officer is being allocated the case."));
        CheckRule(new OfficerMustBeActiveRule(officer));
        CheckRule(new OfficerMustBeInATeamRule(officer));
        return StartAllocation(officer, allocatedBy, reason, now);
    }

    /// <summary>Changes the RO; the reason for every change is recorded [seed 000 §5.1, 003].</summary>
    public CaseAllocation Reallocate(StaffMember officer, Guid reallocatedBy, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        CheckRule(new CaseMustBeAllocatedRule(AllocationStatus));
        CheckRule(new TextIsRequiredRule(reason, "Enter why the responsible officer is changing."));
        CheckRule(new NewOfficerMustDifferFromCurrentRule(ResponsibleOfficerId, officer.Id));
        CheckRule(new OfficerMustBeActiveRule(officer));
        CheckRule(new OfficerMustBeInATeamRule(officer));
        CurrentAllocation?.End(now);
        return StartAllocation(officer, reallocatedBy, reason, now);
    }

    private CaseAllocation StartAllocation(StaffMember officer, Guid allocatedBy, string reason, DateTimeOffset now)
    {
        var allocation = CaseAllocation.Create(Id, officer.Id, officer.TeamId!.Value, allocatedBy, reason, now);
        _allocations.Add(allocation);
        ResponsibleOfficerId = officer.Id;
        TeamId = officer.TeamId;
        AllocationStatus = AllocationStatus.Allocated;
        AwaitingAllocationSince = null;
        return allocation;
    }
}
