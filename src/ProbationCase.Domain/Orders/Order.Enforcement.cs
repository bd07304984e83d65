using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Domain.Orders;

public sealed partial class Order
{
    /// <summary>Months a warning stays live, and the window compliance is counted over [statute: CJA 2003 Sch 8 para 5].</summary>
    public const int EnforcementWindowMonths = 12;

    /// <summary>
    /// Records an enforceable outcome without acceptable excuse as an unacceptable failure and
    /// works out what must follow: a warning, or breach if a warning was given in the 12 months before.
    /// </summary>
    public UnacceptableFailure RecordUnacceptableFailure(Contact contact, Guid recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contact);
        CheckRule(new ContactBelongsToOrderRule(contact.OrderId, Id));
        CheckRule(new FailureNeedsEnforceableOutcomeRule(contact.Outcome));
        CheckRule(new FailureRecordedOnceRule(_failures.Any(failure => failure.ContactId == contact.Id)));

        var occurredOn = contact.LondonDate;
        var failure = UnacceptableFailure.Create(Id, contact.Id, occurredOn, RequiredActionFor(occurredOn), recordedBy, now);
        _failures.Add(failure);
        return failure;
    }

    // [statute: CJA 2003 Sch 8 para 5–6] first failure → warning; a further failure within 12 months of a warning → breach.
    public RequiredEnforcementAction RequiredActionFor(DateOnly failureDate) =>
        _warnings.Any(warning => warning.GivenOn <= failureDate && failureDate <= warning.GivenOn.AddMonths(EnforcementWindowMonths))
            ? RequiredEnforcementAction.Breach
            : RequiredEnforcementAction.Warning;

    /// <summary>Gives the warning for a failure whose required action is a warning. The content is kept.</summary>
    public EnforcementWarning GiveWarning(Guid failureId, Guid givenBy, DateOnly givenOn, string content)
    {
        var failure = GetFailure(failureId);
        CheckRule(new FailureAlreadyDealtWithRule(IsDealtWith(failure.Id)));
        CheckRule(new WarningOnlyWhenWarningIsRequiredRule(failure.RequiredAction));
        CheckRule(new TextIsRequiredRule(content, "Enter what the warning said."));
        var warning = EnforcementWarning.Create(Id, failure.Id, givenOn, givenBy, content);
        _warnings.Add(warning);
        return warning;
    }

    /// <summary>Refers a breach to an SPO for approval [seed 000 §5.4].</summary>
    public EnforcementDecision ReferBreach(Guid failureId, Guid referredBy, string rationale, DateTimeOffset now) =>
        Refer(failureId, EnforcementDecisionKind.Breach, referredBy, rationale, "Enter why the order should be breached.", now);

    /// <summary>A decision not to follow the required path; needs a rationale and SPO approval [seed 001 §2.34, 002 §4.1].</summary>
    public EnforcementDecision ProposeProfessionalDiscretion(Guid failureId, Guid referredBy, string rationale, DateTimeOffset now) =>
        Refer(failureId, EnforcementDecisionKind.ProfessionalDiscretion, referredBy, rationale, "Enter why you are using professional discretion.", now);

    public void ApproveDecision(Guid decisionId, StaffMember approver, string? rationale, DateTimeOffset now) =>
        Decide(decisionId, approver, approve: true, rationale, now);

    public void RejectDecision(Guid decisionId, StaffMember approver, string rationale, DateTimeOffset now)
    {
        CheckRule(new TextIsRequiredRule(rationale, "Enter why the decision is rejected."));
        Decide(decisionId, approver, approve: false, rationale, now);
    }

    /// <summary>Marks an approved breach as sent to court [seed 000 §5.4].</summary>
    public void SendBreach(Guid decisionId, DateTimeOffset now)
    {
        var decision = GetDecision(decisionId);
        CheckRule(new BreachMustBeApprovedBeforeSendingRule(decision));
        decision.MarkSent(now);
    }

    /// <summary>[seed 001 §2.35] the court outcome is recorded on the case.</summary>
    public void RecordBreachCourtOutcome(Guid decisionId, string outcome, DateOnly on)
    {
        var decision = GetDecision(decisionId);
        CheckRule(new BreachMustBeApprovedBeforeSendingRule(decision));
        CheckRule(new TextIsRequiredRule(outcome, "Enter the court's decision."));
        decision.RecordCourtOutcome(outcome, on);
    }

    /// <summary>[statute: CJA 2003 Sch 8 para 5–6] a failure or warning dated after this day is inside the 12 months to <paramref name="today"/>.</summary>
    public static DateOnly EnforcementWindowStartsAfter(DateOnly today) => today.AddMonths(-EnforcementWindowMonths);

    /// <summary>Failures with no warning and no pending or approved decision, of any age; see <see cref="FailureNeedsDecision"/>.</summary>
    public IEnumerable<UnacceptableFailure> FailuresNotDealtWith => _failures.Where(failure => !IsDealtWith(failure.Id));

    // [statute: CJA 2003 Sch 8 para 5–6] a failure in the last 12 months with no warning and no pending or approved decision needs one.
    public bool FailureNeedsDecision(UnacceptableFailure failure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.OccurredOn > EnforcementWindowStartsAfter(today) && !IsDealtWith(failure.Id);
    }

    // [anchor: Manage People on Probation] compliance over the rolling 12 months.
    public ComplianceStatus ComplianceOn(DateOnly today)
    {
        var windowStart = EnforcementWindowStartsAfter(today);
        var failures = _failures.Where(failure => failure.OccurredOn > windowStart && failure.OccurredOn <= today).ToList();
        var warningGiven = _warnings.Any(warning => warning.GivenOn > windowStart && warning.GivenOn <= today);

        var level = _decisions.Any(decision => decision.IsBreachInProgress) ? ComplianceLevel.BreachInProgress
            : failures.Count == 0 ? ComplianceLevel.NoFailures
            : failures.Count == 1 ? ComplianceLevel.OneFailure
            : ComplianceLevel.TwoOrMoreFailuresNoBreach;
        return new ComplianceStatus(level, failures.Count, warningGiven);
    }

    private EnforcementDecision Refer(Guid failureId, EnforcementDecisionKind kind, Guid referredBy, string rationale, string rationaleMessage, DateTimeOffset now)
    {
        var failure = GetFailure(failureId);
        CheckRule(new FailureAlreadyDealtWithRule(IsDealtWith(failure.Id)));
        CheckRule(new TextIsRequiredRule(rationale, rationaleMessage));
        var decision = EnforcementDecision.Create(Id, failure.Id, kind, rationale, referredBy, now);
        _decisions.Add(decision);
        return decision;
    }

    private void Decide(Guid decisionId, StaffMember approver, bool approve, string? rationale, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(approver);
        var decision = GetDecision(decisionId);
        CheckRule(new ApproverMustBeSpoRule(approver));
        CheckRule(new SpoCannotApproveOwnReferralRule(approver.Id, decision.ReferredBy));
        CheckRule(new DecisionMustBePendingRule(decision.Status));
        decision.Decide(approve, approver.Id, rationale, now);
    }

    // A failure is dealt with once warned, or once a decision on it is pending or approved (a rejection reopens it).
    private bool IsDealtWith(Guid failureId) =>
        _warnings.Any(warning => warning.FailureId == failureId)
        || _decisions.Any(decision => decision.FailureId == failureId && decision.Status != EnforcementDecisionStatus.Rejected);

    private UnacceptableFailure GetFailure(Guid failureId) =>
        _failures.SingleOrDefault(failure => failure.Id == failureId)
        ?? throw new DomainException("The failure is not part of this order.");

    private EnforcementDecision GetDecision(Guid decisionId) =>
        _decisions.SingleOrDefault(decision => decision.Id == decisionId)
        ?? throw new DomainException("The enforcement decision is not part of this order.");
}
