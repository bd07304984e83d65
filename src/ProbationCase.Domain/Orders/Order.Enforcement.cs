using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Requirements;
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
        _warnings.Any(warning => warning.Covers(failureDate))
            ? RequiredEnforcementAction.Breach
            : RequiredEnforcementAction.Warning;

    /// <summary>
    /// Gives the warning for a failure whose required action is a warning, dated the day it was given
    /// (which may be before today) [statute: Sch 8 para 6]. The content is kept.
    /// </summary>
    public EnforcementWarning GiveWarning(Guid failureId, Guid givenBy, DateOnly givenOn, string content, DateOnly today)
    {
        var failure = GetFailure(failureId);
        CheckRule(new FailureAlreadyDealtWithRule(IsDealtWith(failure.Id)));
        CheckRule(new WarningOnlyWhenWarningIsRequiredRule(failure.RequiredAction));
        CheckRule(new WarningDateRule(failure.OccurredOn, givenOn, today));
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

    /// <summary>Writes the officer's sections of the breach pack for an approved breach not yet with the court.</summary>
    public void WriteBreachPack(Guid decisionId, BreachPackSections sections, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var decision = GetDecision(decisionId);
        CheckRule(new BreachMustBeApprovedBeforeSendingRule(decision));
        CheckRule(new BreachPackEditableRule(decision.PackStage));
        decision.WritePack(sections, now);
    }

    /// <summary>
    /// [seed 000 §5.4, seed 004] sends an approved, complete breach pack to court (again, after a return).
    /// </summary>
    public void SendBreach(Guid decisionId, DateOnly sentOn, DateOnly today, DateTimeOffset now)
    {
        var decision = GetDecision(decisionId);
        CheckRule(new BreachMustBeApprovedBeforeSendingRule(decision));
        CheckRule(new BreachPackEditableRule(decision.PackStage));
        CheckRule(new BreachPackMustBeCompleteRule(BreachPackCompleteness.MissingSections(this, decision)));
        CheckRule(new BreachSentDateRule(decision.DecidedAt is { } decided ? Calendar.LondonClock.DateOf(decided) : sentOn, sentOn, today));
        decision.MarkSent(sentOn, now);
    }

    /// <summary>[seed 004] the court returned the pack as incomplete: it goes back to the officer.</summary>
    public void ReturnBreachPack(Guid decisionId, DateOnly returnedOn, string reason, DateOnly today)
    {
        var decision = GetDecision(decisionId);
        CheckRule(new BreachMustBeWithCourtRule(decision.PackStage));
        CheckRule(new TextIsRequiredRule(reason, "Enter what the court said was missing."));
        CheckRule(new CourtDateRule(decision.SentToCourtOn!.Value, returnedOn, today));
        decision.MarkReturned(returnedOn, reason);
    }

    /// <summary>
    /// [statute: CJA 2003 Sch 8 para 9–10; seed 001 §2.35] records the court's outcome on a breach and applies it:
    /// no action or a fine leave the order as it is; an amendment adds or replaces requirements (unpaid work
    /// from 20 hours) and may extend the order; revoke and re-sentence terminates this order on the date of the
    /// decision and returns the new order, made as a sentence is. The breach closes.
    /// </summary>
    public Order? RecordBreachCourtOutcome(Guid decisionId, BreachCourtDecision outcome, IEnumerable<Contact> rarContacts, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var decision = GetDecision(decisionId);
        CheckRule(new BreachMustBeWithCourtRule(decision.PackStage));
        CheckRule(new TextIsRequiredRule(outcome.Court, "Enter the court that dealt with the breach."));
        CheckRule(new CourtDateRule(decision.SentToCourtOn!.Value, outcome.DecidedOn, today));
        CheckRule(new BreachCourtOutcomeShapeRule(outcome));

        Order? newOrder = null;
        switch (outcome.Outcome)
        {
            case BreachCourtOutcome.Amended:
                foreach (var requirementId in outcome.ReplacedRequirementIds ?? [])
                {
                    var replaced = GetRequirement(requirementId);
                    CheckRule(new ReplacedRequirementMustBeUnfinishedRule(replaced));
                    var why = $"Replaced by the court on breach on {OrderDates.Format(outcome.DecidedOn)}.";
                    EndRequirement(replaced, outcome.DecidedOn, why, why, early: true, rarContacts);
                }

                foreach (var terms in outcome.AddedRequirements ?? [])
                {
                    AddRequirement(terms, imposedOnBreach: true);
                }

                if (outcome.ExtendedTo is { } extendedTo)
                {
                    Extend(outcome.DecidedOn, extendedTo, outcome.Court, today, decision.Id);
                }

                break;
            case BreachCourtOutcome.RevokedAndResentenced:
                var type = outcome.NewOrderType!.Value;
                newOrder = Create(
                    PersonId,
                    type,
                    outcome.Court,
                    outcome.DecidedOn,
                    outcome.DecidedOn,
                    outcome.DecidedOn.AddMonths(outcome.NewOrderLengthInMonths!.Value),
                    _offences.Select(offence => new OffenceDetails(offence.Description, offence.OffenceDate)),
                    outcome.NewOrderRequirements ?? [],
                    now);
                Terminate(outcome.DecidedOn, Orders.TerminationReason.RevokedAndResentenced, rarContacts, today);
                break;
        }

        decision.RecordCourtOutcome(outcome.Outcome, outcome.Details, outcome.DecidedOn, newOrder?.Id);
        return newOrder;
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
        var failures = FailuresInWindow(today);
        var warningGiven = _warnings.Any(warning => InEnforcementWindow(warning.GivenOn, today));

        var level = _decisions.Any(decision => decision.IsBreachInProgress) ? ComplianceLevel.BreachInProgress
            : failures.Count == 0 ? ComplianceLevel.NoFailures
            : failures.Count == 1 ? ComplianceLevel.OneFailure
            : ComplianceLevel.TwoOrMoreFailuresNoBreach;
        return new ComplianceStatus(level, failures.Count, warningGiven);
    }

    /// <summary>[statute: CJA 2003 Sch 8 para 5] the unacceptable failures of the 12 months to <paramref name="today"/>, oldest first.</summary>
    public IReadOnlyList<UnacceptableFailure> FailuresInWindow(DateOnly today)
    {
        return _failures.Where(failure => InEnforcementWindow(failure.OccurredOn, today)).OrderBy(failure => failure.OccurredOn).ToList();
    }

    /// <summary>
    /// [statute: CJA 2003 Sch 8 para 6] the warnings still live on <paramref name="today"/>: a failure today would fall within
    /// their 12 months and call for breach (<see cref="RequiredActionFor"/>), oldest first.
    /// </summary>
    public IReadOnlyList<EnforcementWarning> LiveWarnings(DateOnly today) =>
        _warnings.Where(warning => warning.Covers(today)).OrderBy(warning => warning.GivenOn).ToList();

    /// <summary>The decision (warning aside) taken on a failure, if any: the breach referral or discretion, latest first.</summary>
    public EnforcementDecision? DecisionOn(Guid failureId) =>
        _decisions.Where(decision => decision.FailureId == failureId).OrderByDescending(decision => decision.ReferredAt).FirstOrDefault();

    /// <summary>The warning given for a failure, if one was.</summary>
    public EnforcementWarning? WarningFor(Guid failureId) => _warnings.SingleOrDefault(warning => warning.FailureId == failureId);

    /// <summary>
    /// [anchor: Manage People on Probation; seed 000 §5.4] the order's compliance history for the 12 months to
    /// <paramref name="today"/>: its status, the failures in the window, the warnings given by then and the outcomes of
    /// this order's <paramref name="contacts"/> in the window (others are ignored).
    /// </summary>
    public ComplianceHistory ComplianceHistoryOn(DateOnly today, IEnumerable<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var outcomes = contacts
            .Where(contact => contact.OrderId == Id && contact.Outcome is not null && InEnforcementWindow(contact.LondonDate, today))
            .GroupBy(contact => contact.Outcome!.Value)
            .OrderBy(group => group.Key)
            .Select(group => new OutcomeCount(group.Key, group.Count()))
            .ToList();
        return new ComplianceHistory(
            EnforcementWindowStartsAfter(today),
            today,
            ComplianceOn(today),
            FailuresInWindow(today),
            _warnings.Where(warning => warning.GivenOn <= today).OrderBy(warning => warning.GivenOn).ToList(),
            outcomes);
    }

    // [statute: CJA 2003 Sch 8 para 5–6] the rolling 12 months to today.
    private static bool InEnforcementWindow(DateOnly date, DateOnly today) => date > EnforcementWindowStartsAfter(today) && date <= today;

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
