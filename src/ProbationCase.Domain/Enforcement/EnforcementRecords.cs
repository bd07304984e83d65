namespace ProbationCase.Domain.Enforcement;

/// <summary>What the rules say must follow an unacceptable failure [statute: CJA 2003 Sch 8 para 5–6].</summary>
public enum RequiredEnforcementAction
{
    Warning = 1,
    Breach = 2,
}

public enum EnforcementDecisionKind
{
    /// <summary>Return to court (community orders, SSOs, PSS) or recall considered (licence).</summary>
    Breach = 1,

    /// <summary>Not following the required path; needs a rationale and SPO approval.</summary>
    ProfessionalDiscretion = 2,
}

public enum EnforcementDecisionStatus
{
    PendingApproval = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>An enforceable outcome without acceptable excuse [DOMAIN.md §9]. Child of Order.</summary>
public sealed class UnacceptableFailure : Entity
{
    private UnacceptableFailure() { }

    public Guid OrderId { get; private set; }

    public Guid ContactId { get; private set; }

    /// <summary>London date of the failed contact.</summary>
    public DateOnly OccurredOn { get; private set; }

    public RequiredEnforcementAction RequiredAction { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static UnacceptableFailure Create(Guid orderId, Guid contactId, DateOnly occurredOn, RequiredEnforcementAction action, Guid recordedBy, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId,
            ContactId = contactId,
            OccurredOn = occurredOn,
            RequiredAction = action,
            RecordedBy = recordedBy,
            RecordedAt = now.ToUniversalTime(),
        };
}

/// <summary>A warning given for an unacceptable failure, with what it said [DOMAIN.md §9]. Child of Order.</summary>
public sealed class EnforcementWarning : Entity
{
    private EnforcementWarning() { }

    public Guid OrderId { get; private set; }

    public Guid FailureId { get; private set; }

    public DateOnly GivenOn { get; private set; }

    public Guid GivenBy { get; private set; }

    public string Content { get; private set; } = string.Empty;

    /// <summary>[statute: CJA 2003 Sch 8 para 5–6] the last day a further failure counts against this warning (12 months on).</summary>
    public DateOnly WindowEndsOn => WindowEndsFor(GivenOn);

    /// <summary>[statute: CJA 2003 Sch 8 para 5–6] the last day of the 12 months of a warning given on <paramref name="givenOn"/>.</summary>
    public static DateOnly WindowEndsFor(DateOnly givenOn) => givenOn.AddMonths(Orders.Order.EnforcementWindowMonths);

    /// <summary>[statute: CJA 2003 Sch 8 para 6] a failure on this day falls within the warning's 12 months.</summary>
    public bool Covers(DateOnly failureDate) => GivenOn <= failureDate && failureDate <= WindowEndsOn;

    internal static EnforcementWarning Create(Guid orderId, Guid failureId, DateOnly givenOn, Guid givenBy, string content) =>
        new() { Id = Guid.CreateVersion7(), OrderId = orderId, FailureId = failureId, GivenOn = givenOn, GivenBy = givenBy, Content = content.Trim() };

    /// <summary>Suggested wording: describes the failure, says it is unacceptable and what a further failure can mean.</summary>
    public static string StandardWording(string failureDescription, bool isLicence) =>
        $"{failureDescription.Trim()} This failure is unacceptable. A further unacceptable failure within 12 months of this warning "
        + (isLicence ? "can lead to your recall to custody." : "can mean you are returned to court.");
}

/// <summary>
/// A breach referral or a professional-discretion decision, pending SPO approval [seed 000 §5.4, 001 §2.34, 002 §4.1].
/// Child of Order.
/// </summary>
public sealed class EnforcementDecision : Entity
{
    private EnforcementDecision() { }

    public Guid OrderId { get; private set; }

    public Guid FailureId { get; private set; }

    public EnforcementDecisionKind Kind { get; private set; }

    public string Rationale { get; private set; } = string.Empty;

    public Guid ReferredBy { get; private set; }

    public DateTimeOffset ReferredAt { get; private set; }

    public EnforcementDecisionStatus Status { get; private set; } = EnforcementDecisionStatus.PendingApproval;

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionRationale { get; private set; }

    /// <summary>When the breach pack was marked sent (breaches only).</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The date the breach pack went to court.</summary>
    public DateOnly? SentToCourtOn { get; private set; }

    /// <summary>[seed 004] the court returned the pack as incomplete; cleared when it is sent again.</summary>
    public DateOnly? ReturnedOn { get; private set; }

    public string? ReturnReason { get; private set; }

    public int TimesReturned { get; private set; }

    /// <summary>The officer's sections of the breach pack; the rest is drawn from the record.</summary>
    public string? PackComplianceHistory { get; private set; }

    public string? PackProgressSoFar { get; private set; }

    public string? PackProposalToCourt { get; private set; }

    public DateTimeOffset? PackUpdatedAt { get; private set; }

    /// <summary>[statute: CJA 2003 Sch 8 para 9–10] what the court decided; recording it closes the breach.</summary>
    public BreachCourtOutcome? CourtOutcomeKind { get; private set; }

    /// <summary>[seed 001 §2.35] the court's decision in words (fine amount, what was amended, the new sentence).</summary>
    public string? CourtOutcome { get; private set; }

    public DateOnly? CourtOutcomeOn { get; private set; }

    /// <summary>The order the court passed when it revoked and re-sentenced.</summary>
    public Guid? NewOrderId { get; private set; }

    // [DOMAIN.md §9] a breach is in progress from referral until rejected or the court's outcome is recorded.
    public bool IsBreachInProgress =>
        Kind == EnforcementDecisionKind.Breach && Status != EnforcementDecisionStatus.Rejected && CourtOutcomeOn is null;

    /// <summary>Where an approved breach is between approval and the court [DOMAIN.md §9].</summary>
    public BreachPackStage? PackStage =>
        Kind != EnforcementDecisionKind.Breach || Status != EnforcementDecisionStatus.Approved ? null
        : CourtOutcomeOn is not null ? BreachPackStage.Closed
        : ReturnedOn is not null ? BreachPackStage.Returned
        : SentToCourtOn is not null ? BreachPackStage.WithCourt
        : BreachPackStage.ToPrepare;

    public BreachPackSections PackSections => new(PackComplianceHistory, PackProgressSoFar, PackProposalToCourt);

    internal static EnforcementDecision Create(Guid orderId, Guid failureId, EnforcementDecisionKind kind, string rationale, Guid referredBy, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId,
            FailureId = failureId,
            Kind = kind,
            Rationale = rationale.Trim(),
            ReferredBy = referredBy,
            ReferredAt = now.ToUniversalTime(),
        };

    internal void Decide(bool approve, Guid deciderId, string? rationale, DateTimeOffset now)
    {
        Status = approve ? EnforcementDecisionStatus.Approved : EnforcementDecisionStatus.Rejected;
        DecidedBy = deciderId;
        DecidedAt = now.ToUniversalTime();
        DecisionRationale = string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim();
    }

    internal void WritePack(BreachPackSections sections, DateTimeOffset now)
    {
        PackComplianceHistory = Tidy(sections.ComplianceHistory);
        PackProgressSoFar = Tidy(sections.ProgressSoFar);
        PackProposalToCourt = Tidy(sections.ProposalToCourt);
        PackUpdatedAt = now.ToUniversalTime();
    }

    internal void MarkSent(DateOnly sentOn, DateTimeOffset now)
    {
        SentToCourtOn = sentOn;
        SentAt = now.ToUniversalTime();
        ReturnedOn = null;
        ReturnReason = null;
    }

    internal void MarkReturned(DateOnly returnedOn, string reason)
    {
        ReturnedOn = returnedOn;
        ReturnReason = reason.Trim();
        TimesReturned++;
    }

    internal void RecordCourtOutcome(BreachCourtOutcome kind, string? details, DateOnly on, Guid? newOrderId)
    {
        CourtOutcomeKind = kind;
        CourtOutcome = Tidy(details);
        CourtOutcomeOn = on;
        NewOrderId = newOrderId;
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public enum ComplianceLevel
{
    NoFailures = 1,
    OneFailure = 2,

    /// <summary>Shown red.</summary>
    TwoOrMoreFailuresNoBreach = 3,
    BreachInProgress = 4,
}

/// <summary>[anchor: Manage People on Probation] compliance over the rolling 12 months.</summary>
public sealed record ComplianceStatus(ComplianceLevel Level, int FailuresInLast12Months, bool WarningGiven);
