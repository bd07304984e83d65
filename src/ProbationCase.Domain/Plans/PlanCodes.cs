using ProbationCase.Domain.People;

namespace ProbationCase.Domain.Plans;

/// <summary>The risk an objective addresses, when it addresses risk rather than a need [DOMAIN.md §8].</summary>
public enum RiskArea
{
    None = 0,

    /// <summary>[seed 002 §2.2] keeping other people safe.</summary>
    KeepingOthersSafe = 1,
    Reoffending = 2,
}

/// <summary>[seed 001 §2.44, 002 §2.4, 003] events that mean the plan must be reviewed now.</summary>
public enum ReviewTrigger
{
    RiskChange = 1,
    NewOffence = 2,
    DomesticAbuseOrSafeguardingEvent = 3,
    ChangeOfAddress = 4,
}

public enum ReviewDueReason
{
    Scheduled = 1,
    Trigger = 2,
}

/// <summary>When the next plan review is due and why.</summary>
public sealed record PlanReviewDue(DateOnly DueOn, ReviewDueReason Reason, ReviewTrigger? Trigger);

/// <summary>An objective to add to a plan. <paramref name="Need"/> is a single need (or None when it addresses a risk).</summary>
public sealed record ObjectiveDetails(
    string Description,
    Needs Need,
    RiskArea Risk,
    string Activity,
    string DeliveredBy,
    Guid? RequirementId = null,
    int? PlannedRarDays = null);
