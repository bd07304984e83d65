using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Domain.Enforcement;

// [DOMAIN.md §9] only an enforceable outcome (see the §3 table) can be an unacceptable failure.
public sealed class FailureNeedsEnforceableOutcomeRule(ContactOutcome? outcome) : IBusinessRule
{
    public bool IsBroken() => outcome is not { } recorded || !recorded.IsEnforceable();

    public string Message => "Only a failure to comply, being sent home for behaviour or an unacceptable absence can be recorded as an unacceptable failure.";
}

public sealed class FailureRecordedOnceRule(bool alreadyRecorded) : IBusinessRule
{
    public bool IsBroken() => alreadyRecorded;

    public string Message => "This contact has already been recorded as an unacceptable failure.";
}

// [statute: CJA 2003 Sch 8 para 5] a further failure within 12 months of a warning means breach, not another warning.
public sealed class WarningOnlyWhenWarningIsRequiredRule(RequiredEnforcementAction required) : IBusinessRule
{
    public bool IsBroken() => required != RequiredEnforcementAction.Warning;

    public string Message => "A warning was given in the last 12 months, so this failure must be breached or a decision not to breach approved by an SPO.";
}

public sealed class FailureAlreadyDealtWithRule(bool dealtWith) : IBusinessRule
{
    public bool IsBroken() => dealtWith;

    public string Message => "This failure has already been dealt with.";
}

// [seed 000 §5.4, 001 §2.34, 002 §4.1] enforcement decisions need an SPO to approve them.
public sealed class ApproverMustBeSpoRule(StaffMember approver) : IBusinessRule
{
    public bool IsBroken() => !approver.IsSeniorProbationOfficer;

    public string Message => "Only a senior probation officer can approve or reject an enforcement decision.";
}

// [seed 000 §5.4] an SPO cannot approve their own referral.
public sealed class SpoCannotApproveOwnReferralRule(Guid approverId, Guid referredBy) : IBusinessRule
{
    public bool IsBroken() => approverId == referredBy;

    public string Message => "You cannot approve or reject an enforcement decision you referred. Ask another senior probation officer.";
}

public sealed class DecisionMustBePendingRule(EnforcementDecisionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != EnforcementDecisionStatus.PendingApproval;

    public string Message => "This enforcement decision has already been approved or rejected.";
}

// [seed 000 §5.4] every breach is approved by an SPO before it is sent.
public sealed class BreachMustBeApprovedBeforeSendingRule(EnforcementDecision decision) : IBusinessRule
{
    public bool IsBroken() => decision.Kind != EnforcementDecisionKind.Breach || decision.Status != EnforcementDecisionStatus.Approved;

    public string Message => "A breach must be approved by a senior probation officer before it is sent.";
}
