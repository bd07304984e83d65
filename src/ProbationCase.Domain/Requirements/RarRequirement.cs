namespace ProbationCase.Domain.Requirements;

/// <summary>
/// Rehabilitation activity requirement. The court sets only the maximum number of activity days
/// [seed 000 RE]; days delivered are counted from contacts by <see cref="RarLedger"/>.
/// </summary>
public sealed class RarRequirement : Requirement
{
    private RarRequirement() { }

    public int MaximumDays { get; private set; }

    /// <summary>[seed 000 §3.3] days delivered when the order ended with the RAR unfinished; they stay as they were.</summary>
    public int? DaysDeliveredAtEnd { get; private set; }

    internal static RarRequirement Create(int maximumDays)
    {
        BusinessRule.Check(new RarMaximumDaysMustBePositiveRule(maximumDays));
        return new RarRequirement { MaximumDays = maximumDays };
    }

    internal void Complete(DateOnly on, int daysDelivered, string? shortfallReason)
    {
        CheckRule(new RarShortfallNeedsReasonRule(MaximumDays, daysDelivered, shortfallReason));
        base.Complete(on);
        ShortfallReason = string.IsNullOrWhiteSpace(shortfallReason) ? null : shortfallReason.Trim();
    }

    /// <summary>[DOMAIN.md §9a] the order ended with the RAR unfinished: the days delivered and any shortfall's reason are kept.</summary>
    internal void EndWithOrder(DateOnly on, string endReason, int daysDelivered, string? shortfallReason)
    {
        CheckRule(new RarShortfallNeedsReasonRule(MaximumDays, daysDelivered, shortfallReason));
        Terminate(on, endReason);
        DaysDeliveredAtEnd = daysDelivered;
        ShortfallReason = daysDelivered < MaximumDays ? shortfallReason!.Trim() : null;
    }
}

public sealed class RarMaximumDaysMustBePositiveRule(int maximumDays) : IBusinessRule
{
    public bool IsBroken() => maximumDays < 1;

    public string Message => "Enter the maximum number of RAR days the court ordered (at least 1).";
}

// [seed 003] no duty to use every day, but a shortfall at the end needs a reason.
public sealed class RarShortfallNeedsReasonRule(int maximumDays, int daysDelivered, string? reason) : IBusinessRule
{
    public bool IsBroken() => daysDelivered < maximumDays && string.IsNullOrWhiteSpace(reason);

    public string Message => $"Only {daysDelivered} of {maximumDays} RAR days were delivered. Enter why the remaining days were not needed.";
}
