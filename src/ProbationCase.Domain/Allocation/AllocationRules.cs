using ProbationCase.Domain.Staff;

namespace ProbationCase.Domain.Allocation;

// [DOMAIN.md §11] a case is allocated once; any later change of RO goes through reallocation with a reason.
public sealed class CaseMustNotAlreadyBeAllocatedRule(AllocationStatus status) : IBusinessRule
{
    public bool IsBroken() => status == AllocationStatus.Allocated;

    public string Message => "This case already has a responsible officer. Reallocate it to change the officer.";
}

// [DOMAIN.md §11] only an allocated case can be reallocated.
public sealed class CaseMustBeAllocatedRule(AllocationStatus status) : IBusinessRule
{
    public bool IsBroken() => status != AllocationStatus.Allocated;

    public string Message => "This case has not been allocated yet. Allocate it to an officer first.";
}

// [DOMAIN.md §11] cases go to officers who can hold a caseload.
public sealed class OfficerMustBeActiveRule(StaffMember officer) : IBusinessRule
{
    public bool IsBroken() => !officer.IsActive;

    public string Message => "That officer is no longer active. Choose an active officer.";
}

// [DOMAIN.md §11] the SPO allocates within teams; an officer with no team has no caseload to join.
public sealed class OfficerMustBeInATeamRule(StaffMember officer) : IBusinessRule
{
    public bool IsBroken() => officer.TeamId is null;

    public string Message => "That officer is not in a team. Add them to a team before allocating cases to them.";
}

// [seed 000 §5.1, 003] a reallocation is a change of RO; moving a case to the officer who already holds it is not.
public sealed class NewOfficerMustDifferFromCurrentRule(Guid? currentOfficerId, Guid newOfficerId) : IBusinessRule
{
    public bool IsBroken() => currentOfficerId == newOfficerId;

    public string Message => "This officer already holds the case. Choose a different officer.";
}
