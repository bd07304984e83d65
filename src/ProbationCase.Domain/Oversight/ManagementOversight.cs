using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Oversight;

/// <summary>
/// A management oversight entry on a case [DOMAIN.md §11; seed 001 §2.48, 004]: what the manager reviewed
/// and the actions that came out of it, each with an owner and a due date.
/// </summary>
public sealed class ManagementOversight : Entity
{
    private readonly List<OversightAction> _actions = [];

    private ManagementOversight() { }

    public Guid PersonId { get; private set; }

    public Guid ReviewedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string WhatWasReviewed { get; private set; } = string.Empty;

    public IReadOnlyCollection<OversightAction> Actions => _actions.AsReadOnly();

    /// <summary>The London date the oversight was recorded.</summary>
    public DateOnly RecordedOn => LondonClock.DateOf(RecordedAt);

    public static ManagementOversight Record(Guid personId, Guid reviewedBy, string whatWasReviewed, IEnumerable<OversightActionDetails> actions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actions);
        BusinessRule.Check(new TextIsRequiredRule(whatWasReviewed, "Enter what was reviewed."));
        var oversight = new ManagementOversight
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            ReviewedBy = reviewedBy,
            RecordedAt = now.ToUniversalTime(),
            WhatWasReviewed = whatWasReviewed.Trim(),
        };
        foreach (var action in actions)
        {
            oversight.AddAction(action);
        }

        return oversight;
    }

    public OversightAction AddAction(OversightActionDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new TextIsRequiredRule(details.Description, "Enter the action."));
        CheckRule(new ActionDueOnOrAfterOversightRule(RecordedOn, details.DueOn));
        var action = OversightAction.Create(Id, details);
        _actions.Add(action);
        return action;
    }

    public void CompleteAction(Guid actionId, DateOnly completedOn)
    {
        var action = _actions.SingleOrDefault(candidate => candidate.Id == actionId)
            ?? throw new DomainException("That action is not part of this oversight entry.");
        CheckRule(new ActionCompletedOnOrAfterOversightRule(RecordedOn, completedOn));
        action.Complete(completedOn);
    }

    /// <summary>Any action past its due date and not completed.</summary>
    public bool IsOverdue(DateOnly today) => _actions.Any(action => action.IsOverdue(today));
}

/// <summary>What the manager asks for in an oversight action.</summary>
public sealed record OversightActionDetails(string Description, Guid OwnerId, DateOnly DueOn);

/// <summary>An action from management oversight. Child of <see cref="ManagementOversight"/>.</summary>
public sealed class OversightAction : Entity
{
    private OversightAction() { }

    public Guid OversightId { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public Guid OwnerId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public bool IsCompleted => CompletedOn is not null;

    public bool IsOverdue(DateOnly today) => CompletedOn is null && today > DueOn;

    internal static OversightAction Create(Guid oversightId, OversightActionDetails details) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            OversightId = oversightId,
            Description = details.Description.Trim(),
            OwnerId = details.OwnerId,
            DueOn = details.DueOn,
        };

    internal void Complete(DateOnly on)
    {
        CheckRule(new ActionNotAlreadyCompletedRule(CompletedOn));
        CompletedOn = on;
    }
}

public sealed class ActionDueOnOrAfterOversightRule(DateOnly recordedOn, DateOnly dueOn) : IBusinessRule
{
    public bool IsBroken() => dueOn < recordedOn;

    public string Message => "The action's due date cannot be before the oversight was recorded.";
}

public sealed class ActionCompletedOnOrAfterOversightRule(DateOnly recordedOn, DateOnly completedOn) : IBusinessRule
{
    public bool IsBroken() => completedOn < recordedOn;

    public string Message => "An action cannot be completed before the oversight was recorded.";
}

public sealed class ActionNotAlreadyCompletedRule(DateOnly? completedOn) : IBusinessRule
{
    public bool IsBroken() => completedOn is not null;

    public string Message => "This action has already been completed.";
}
