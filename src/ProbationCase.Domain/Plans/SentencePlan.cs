using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Plans;

/// <summary>The sentence plan for an order [DOMAIN.md §8]. Its own aggregate, referring to the order by id.</summary>
public sealed class SentencePlan : Entity
{
    private readonly List<PlanObjective> _objectives = [];
    private readonly List<PlanReview> _reviews = [];
    private readonly List<PlanReviewTriggerEvent> _triggers = [];

    private SentencePlan() { }

    public Guid PersonId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>[seed 002 §2.1] the person's own views on the plan.</summary>
    public string? PersonsViews { get; private set; }

    /// <summary>[seed 002 §2.1] whether the person was involved in making the plan.</summary>
    public bool? PersonInvolved { get; private set; }

    public Guid? SignedOffBy { get; private set; }

    public DateTimeOffset? SignedOffAt { get; private set; }

    /// <summary>[seed 001 §2.15, 002 §2.2] flagged: signed off before the person was met face to face.</summary>
    public bool SignedOffBeforeFaceToFace { get; private set; }

    public IReadOnlyCollection<PlanObjective> Objectives => _objectives.AsReadOnly();

    public IReadOnlyCollection<PlanReview> Reviews => _reviews.AsReadOnly();

    public IReadOnlyCollection<PlanReviewTriggerEvent> Triggers => _triggers.AsReadOnly();

    public int PlannedRarDays => _objectives.Sum(objective => objective.PlannedRarDays ?? 0);

    public static SentencePlan Start(Order order, Guid createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new SentencePlan
        {
            Id = Guid.CreateVersion7(),
            PersonId = order.PersonId,
            OrderId = order.Id,
            CreatedBy = createdBy,
            CreatedAt = now.ToUniversalTime(),
        };
    }

    public void RecordPersonsViews(string views, bool involved)
    {
        CheckRule(new PersonsViewsRecordedRule(views, involved));
        PersonsViews = views.Trim();
        PersonInvolved = involved;
    }

    public PlanObjective AddObjective(Order order, ObjectiveDetails details)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new PlanBelongsToOrderRule(order.Id, OrderId));
        CheckRule(new TextIsRequiredRule(details.Description, "Enter the objective."));
        CheckRule(new TextIsRequiredRule(details.Activity, "Enter the activity that will meet the objective."));
        CheckRule(new TextIsRequiredRule(details.DeliveredBy, "Enter who will deliver the activity."));
        CheckRule(new ObjectiveLinkedToNeedOrRiskRule(details.Need, details.Risk));
        CheckRule(new ObjectiveRequirementOnOrderRule(details.RequirementId, order.Requirements));
        var linked = order.Requirements.SingleOrDefault(requirement => requirement.Id == details.RequirementId);
        CheckRule(new PlannedRarDaysNeedRarRule(details.PlannedRarDays, linked));
        if (linked is RarRequirement rar && details.PlannedRarDays is { } days)
        {
            CheckRule(new PlannedRarDaysWithinMaximumRule(PlannedRarDays, days, rar.MaximumDays));
        }

        var objective = PlanObjective.Create(Id, details);
        _objectives.Add(objective);
        return objective;
    }

    public void RemoveObjective(Guid objectiveId) => _objectives.RemoveAll(objective => objective.Id == objectiveId);

    /// <summary>
    /// Signs the plan off. <paramref name="firstFaceToFaceAt"/> is the first attended face-to-face contact,
    /// if any; signing off before it is allowed but flagged.
    /// </summary>
    public void SignOff(RiskAssessment currentRisk, Guid signedOffBy, DateTimeOffset? firstFaceToFaceAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(currentRisk);
        CheckRule(new PlanNotSignedOffRule(SignedOffAt, expectSignedOff: false));
        CheckRule(new PlanNeedsObjectiveRule(_objectives.Count));
        CheckRule(new PersonsViewsRecordedRule(PersonsViews, PersonInvolved));
        CheckRule(new KeepOthersSafeObjectiveRequiredRule(currentRisk, _objectives));
        SignedOffBy = signedOffBy;
        SignedOffAt = now.ToUniversalTime();

        // [seed 001 §2.15, 002 §2.2] a plan signed off before the person was met face to face is flagged.
        SignedOffBeforeFaceToFace = firstFaceToFaceAt is not { } met || met > now;
    }

    /// <summary>Records an event that means the plan must be reviewed now [seed 001 §2.44].</summary>
    public PlanReviewTriggerEvent RecordReviewTrigger(ReviewTrigger trigger, DateOnly occurredOn, string? note)
    {
        var triggerEvent = PlanReviewTriggerEvent.Create(Id, trigger, occurredOn, note);
        _triggers.Add(triggerEvent);
        return triggerEvent;
    }

    /// <summary>Reviews the plan, recording what changed since the last review; closes open triggers.</summary>
    public PlanReview RecordReview(RiskAssessment currentRisk, Guid reviewedBy, DateOnly reviewedOn, string whatChanged, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(currentRisk);
        CheckRule(new PlanNotSignedOffRule(SignedOffAt, expectSignedOff: true));
        CheckRule(new TextIsRequiredRule(whatChanged, "Enter what has changed since the last review."));
        CheckRule(new KeepOthersSafeObjectiveRequiredRule(currentRisk, _objectives));
        var review = PlanReview.Create(Id, reviewedBy, reviewedOn, whatChanged, now);
        _reviews.Add(review);
        foreach (var open in _triggers.Where(trigger => trigger.ReviewId is null && trigger.OccurredOn <= reviewedOn))
        {
            open.MarkReviewed(review.Id);
        }

        return review;
    }

    // [policy] review every 16 weeks; [seed 001 §2.44, 002 §2.4, 003] and at once on a trigger.
    public PlanReviewDue? ReviewDue(TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (SignedOffAt is not { } signedOffAt)
        {
            return null;
        }

        var openTrigger = _triggers.Where(trigger => trigger.ReviewId is null).MinBy(trigger => trigger.OccurredOn);
        if (openTrigger is not null)
        {
            return new PlanReviewDue(openTrigger.OccurredOn, ReviewDueReason.Trigger, openTrigger.Trigger);
        }

        var lastReviewedOn = _reviews.Count == 0 ? LondonClock.DateOf(signedOffAt) : _reviews.Max(review => review.ReviewedOn);
        return new PlanReviewDue(lastReviewedOn.AddDays(7 * policy.PlanReviewIntervalWeeks), ReviewDueReason.Scheduled, null);
    }
}

public sealed class PlanBelongsToOrderRule(Guid orderId, Guid planOrderId) : IBusinessRule
{
    public bool IsBroken() => orderId != planOrderId;

    public string Message => "The plan belongs to a different order.";
}

/// <summary>An objective on a plan. Child of SentencePlan.</summary>
public sealed class PlanObjective : Entity
{
    private PlanObjective() { }

    public Guid SentencePlanId { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public Needs Need { get; private set; }

    public RiskArea Risk { get; private set; }

    public string Activity { get; private set; } = string.Empty;

    public string DeliveredBy { get; private set; } = string.Empty;

    public Guid? RequirementId { get; private set; }

    public int? PlannedRarDays { get; private set; }

    internal static PlanObjective Create(Guid planId, ObjectiveDetails details) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            SentencePlanId = planId,
            Description = details.Description.Trim(),
            Need = details.Need,
            Risk = details.Risk,
            Activity = details.Activity.Trim(),
            DeliveredBy = details.DeliveredBy.Trim(),
            RequirementId = details.RequirementId,
            PlannedRarDays = details.PlannedRarDays,
        };
}

/// <summary>A review of a plan: what changed since the last one [seed 001 §2.44]. Child of SentencePlan.</summary>
public sealed class PlanReview : Entity
{
    private PlanReview() { }

    public Guid SentencePlanId { get; private set; }

    public Guid ReviewedBy { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    public string WhatChanged { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    internal static PlanReview Create(Guid planId, Guid reviewedBy, DateOnly reviewedOn, string whatChanged, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            SentencePlanId = planId,
            ReviewedBy = reviewedBy,
            ReviewedOn = reviewedOn,
            WhatChanged = whatChanged.Trim(),
            RecordedAt = now.ToUniversalTime(),
        };
}

/// <summary>An event that calls for a review. Child of SentencePlan; closed by the review that dealt with it.</summary>
public sealed class PlanReviewTriggerEvent : Entity
{
    private PlanReviewTriggerEvent() { }

    public Guid SentencePlanId { get; private set; }

    public ReviewTrigger Trigger { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string? Note { get; private set; }

    public Guid? ReviewId { get; private set; }

    internal static PlanReviewTriggerEvent Create(Guid planId, ReviewTrigger trigger, DateOnly occurredOn, string? note) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            SentencePlanId = planId,
            Trigger = trigger,
            OccurredOn = occurredOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };

    internal void MarkReviewed(Guid reviewId) => ReviewId = reviewId;
}
