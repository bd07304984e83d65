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

// [statute: CJA 2003 Sch 8 para 6] a warning is dated the day it was given: on or after the failure, and not in the future.
public sealed class WarningDateRule(DateOnly failureOn, DateOnly givenOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => givenOn < failureOn || givenOn > today;

    public string Message => givenOn > today
        ? "The date the warning was given cannot be in the future."
        : $"The warning cannot be given before the failure on {Orders.OrderDates.Format(failureOn)}.";
}

// [seed 004] a pack is written and sent while it is with the officer: before it goes, or after the court returned it.
public sealed class BreachPackEditableRule(BreachPackStage? stage) : IBusinessRule
{
    public bool IsBroken() => stage is not (BreachPackStage.ToPrepare or BreachPackStage.Returned);

    public string Message => stage switch
    {
        BreachPackStage.WithCourt => "This breach pack has been sent to court. If the court returns it, record that first.",
        BreachPackStage.Closed => "The court has dealt with this breach.",
        _ => "A breach must be approved by a senior probation officer before its pack is prepared.",
    };
}

// [seed 004: one in four breach packs returned as incomplete] every section is there before the pack goes.
public sealed class BreachPackMustBeCompleteRule(IReadOnlyList<BreachPackSection> missing) : IBusinessRule
{
    public bool IsBroken() => missing.Count > 0;

    public string Message =>
        $"The breach pack cannot be sent until it has {string.Join(", ", missing.Select(BreachPackCompleteness.Describe))}.";
}

public sealed class BreachSentDateRule(DateOnly approvedOn, DateOnly sentOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => sentOn < approvedOn || sentOn > today;

    public string Message => sentOn > today
        ? "The date the pack was sent cannot be in the future."
        : "The pack cannot have been sent before the breach was approved.";
}

public sealed class BreachMustBeWithCourtRule(BreachPackStage? stage) : IBusinessRule
{
    public bool IsBroken() => stage != BreachPackStage.WithCourt;

    public string Message => stage switch
    {
        BreachPackStage.Closed => "The court's outcome on this breach has already been recorded.",
        BreachPackStage.Returned => "The court returned this breach pack. It must be completed and sent again first.",
        _ => "The breach pack has not been sent to court yet.",
    };
}

public sealed class CourtDateRule(DateOnly sentOn, DateOnly on, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => on < sentOn || on > today;

    public string Message => on > today
        ? "The date of the court's decision cannot be in the future."
        : "The court's decision cannot be before the pack was sent to court.";
}

// [statute: CJA 2003 Sch 8 para 9–10] each outcome carries what it needs: a fine its amount, an amendment at least
// one change, a re-sentence the new order's type and length.
public sealed class BreachCourtOutcomeShapeRule(BreachCourtDecision outcome) : IBusinessRule
{
    public bool IsBroken() => Problem() is not null;

    public string Message => Problem() ?? string.Empty;

    private string? Problem() => outcome.Outcome switch
    {
        BreachCourtOutcome.Fine when string.IsNullOrWhiteSpace(outcome.Details) => "Enter the fine the court imposed.",
        BreachCourtOutcome.Amended when (outcome.AddedRequirements?.Count ?? 0) == 0 && (outcome.ReplacedRequirementIds?.Count ?? 0) == 0 && outcome.ExtendedTo is null
            => "Enter how the court amended the order: a requirement added or replaced, or a new end date.",
        BreachCourtOutcome.RevokedAndResentenced when outcome.NewOrderType is not (Orders.OrderType.CommunityOrder or Orders.OrderType.SuspendedSentenceOrder)
            => "Select the new order the court passed.",
        BreachCourtOutcome.RevokedAndResentenced when outcome.NewOrderLengthInMonths is not > 0 => "Enter the length of the new order in months.",
        _ when !Enum.IsDefined(outcome.Outcome) => "Select what the court decided.",
        _ => null,
    };
}

public sealed class ReplacedRequirementMustBeUnfinishedRule(Requirements.Requirement requirement) : IBusinessRule
{
    public bool IsBroken() => requirement.IsFinished;

    public string Message => "Only a requirement still running can be replaced.";
}
