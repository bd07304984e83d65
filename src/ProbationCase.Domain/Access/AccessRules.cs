namespace ProbationCase.Domain.Access;

// [DOMAIN.md §12] a case has an exclusion list or a restriction list, not both.
public sealed class CaseCannotHaveBothAccessListsRule(AccessLimitation current, AccessLimitation wanted) : IBusinessRule
{
    public bool IsBroken() => current != AccessLimitation.None && current != wanted;

    public string Message => current == AccessLimitation.Restriction
        ? "This case is restricted to named staff. Remove the restriction before excluding anyone."
        : "This case has staff excluded from it. Remove the exclusions before restricting it to named staff.";
}

// [DOMAIN.md §12] a restriction list with nobody on it would hide the case from everyone.
public sealed class RestrictionListMustNameStaffRule(int staffCount) : IBusinessRule
{
    public bool IsBroken() => staffCount == 0;

    public string Message => "Choose at least one member of staff who may see this case.";
}

public sealed class StaffMustNotAlreadyBeExcludedRule(bool alreadyExcluded) : IBusinessRule
{
    public bool IsBroken() => alreadyExcluded;

    public string Message => "This member of staff is already excluded from the case.";
}

public sealed class StaffMustBeExcludedRule(bool isExcluded) : IBusinessRule
{
    public bool IsBroken() => !isExcluded;

    public string Message => "This member of staff is not excluded from the case.";
}
