using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Requirements;

/// <summary>
/// A requirement of an order [DOMAIN.md §2]. Child of the Order aggregate (holds <see cref="OrderId"/>);
/// changed only through Order methods. Persist as table-per-hierarchy on <see cref="Type"/>.
/// </summary>
public abstract class Requirement : Entity
{
    protected Requirement() { }

    public Guid OrderId { get; private set; }

    public RequirementType Type { get; private set; }

    public RequirementStatus Status { get; protected set; } = RequirementStatus.AwaitingStart;

    public DateOnly? StartDate { get; protected set; }

    public DateOnly? EndDate { get; protected set; }

    /// <summary>Why it was terminated or not delivered.</summary>
    public string? EndReason { get; protected set; }

    /// <summary>[seed 000 §3.3; seed 003] why a RAR or unpaid work requirement ended short of what was ordered.</summary>
    public string? ShortfallReason { get; protected set; }

    public bool IsFinished => Status is RequirementStatus.Completed or RequirementStatus.Terminated or RequirementStatus.NotDelivered;

    internal static Requirement Create(Guid orderId, RequirementTerms terms, bool imposedOnBreach = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Requirement requirement = terms.Type switch
        {
            RequirementType.RehabilitationActivity => RarRequirement.Create(terms.Quantity ?? 0),
            RequirementType.UnpaidWork => UnpaidWorkRequirement.Create(terms.Quantity ?? 0, imposedOnBreach),
            RequirementType.AccreditedProgramme => AccreditedProgrammeRequirement.Create(terms.ProgrammeName, terms.Quantity ?? 0),
            _ => GeneralRequirement.Create(terms.Type, terms.Details, terms.Quantity),
        };
        requirement.Id = Guid.CreateVersion7();
        requirement.OrderId = orderId;
        requirement.Type = terms.Type;
        return requirement;
    }

    // [seed 001 §2.23] a requirement not started within 4 weeks of sentence is flagged.
    public bool IsNotStartedWithinTarget(DateOnly sentenceDate, DateOnly today, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var due = sentenceDate.AddDays(policy.RequirementStartWithinDays);
        return StartDate is { } started ? started > due : today > due && Status == RequirementStatus.AwaitingStart;
    }

    internal virtual void Start(DateOnly on)
    {
        CheckRule(new RequirementStatusMoveRule(Status, RequirementStatus.InProgress));
        Status = RequirementStatus.InProgress;
        StartDate = on;
    }

    internal virtual void Complete(DateOnly on)
    {
        CheckRule(new RequirementStatusMoveRule(Status, RequirementStatus.Completed));
        Status = RequirementStatus.Completed;
        EndDate = on;
    }

    internal virtual void Terminate(DateOnly on, string reason)
    {
        CheckRule(new TextIsRequiredRule(reason, "Enter why the requirement is ending."));
        CheckRule(new RequirementStatusMoveRule(Status, RequirementStatus.Terminated));
        Status = RequirementStatus.Terminated;
        EndDate = on;
        EndReason = reason.Trim();
    }

    // [seed 003] "not delivered" when there is no provision.
    internal virtual void MarkNotDelivered(DateOnly on, string reason)
    {
        CheckRule(new TextIsRequiredRule(reason, "Enter why the requirement could not be delivered."));
        CheckRule(new RequirementStatusMoveRule(Status, RequirementStatus.NotDelivered));
        Status = RequirementStatus.NotDelivered;
        EndDate = on;
        EndReason = reason.Trim();
    }
}

// [seed 003] status moves: awaiting start → in progress → completed; unfinished → terminated / not delivered.
public sealed class RequirementStatusMoveRule(RequirementStatus from, RequirementStatus to) : IBusinessRule
{
    public bool IsBroken() => !IsAllowed();

    public string Message => $"A requirement that is {Describe(from)} cannot become {Describe(to)}.";

    internal static string Describe(RequirementStatus status) => status switch
    {
        RequirementStatus.AwaitingStart => "awaiting start",
        RequirementStatus.InProgress => "in progress",
        RequirementStatus.Completed => "completed",
        RequirementStatus.Terminated => "terminated",
        RequirementStatus.NotDelivered => "not delivered",
        _ => status.ToString(),
    };

    private bool IsAllowed() => (from, to) switch
    {
        (RequirementStatus.AwaitingStart, RequirementStatus.InProgress) => true,
        (RequirementStatus.AwaitingStart, RequirementStatus.Terminated) => true,
        (RequirementStatus.AwaitingStart, RequirementStatus.NotDelivered) => true,
        (RequirementStatus.InProgress, RequirementStatus.Completed) => true,
        (RequirementStatus.InProgress, RequirementStatus.Terminated) => true,
        (RequirementStatus.InProgress, RequirementStatus.NotDelivered) => true,
        _ => false,
    };
}

/// <summary>Any other statutory requirement (curfew, exclusion, alcohol abstinence monitoring...).</summary>
public sealed class GeneralRequirement : Requirement
{
    private GeneralRequirement() { }

    public string? Details { get; private set; }

    public int? LengthInDays { get; private set; }

    internal static GeneralRequirement Create(RequirementType type, string? details, int? lengthInDays)
    {
        BusinessRule.Check(new AlcoholAbstinenceMonitoringLengthRule(type, lengthInDays));
        return new GeneralRequirement { Details = string.IsNullOrWhiteSpace(details) ? null : details.Trim(), LengthInDays = lengthInDays };
    }
}

// [seed 004] alcohol abstinence monitoring runs for up to 120 days.
public sealed class AlcoholAbstinenceMonitoringLengthRule(RequirementType type, int? lengthInDays) : IBusinessRule
{
    public const int MaximumDays = 120;

    public bool IsBroken() =>
        lengthInDays is < 1 || (type == RequirementType.AlcoholAbstinenceMonitoring && lengthInDays is > MaximumDays);

    public string Message => lengthInDays is < 1
        ? "The length of a requirement must be at least one day."
        : $"Alcohol abstinence monitoring can last up to {MaximumDays} days.";
}
