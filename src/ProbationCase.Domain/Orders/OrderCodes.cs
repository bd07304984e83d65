namespace ProbationCase.Domain.Orders;

/// <summary>Order types [seed 003, 004].</summary>
public enum OrderType
{
    CommunityOrder = 1,
    SuspendedSentenceOrder = 2,
    Licence = 3,
    PostSentenceSupervision = 4,
}

/// <summary>How an order ended [seed 000 §1.2, §5.5; DOMAIN.md §9a].</summary>
public enum TerminationReason
{
    /// <summary>Ran its course to the expected end date.</summary>
    Completed = 1,
    RevokedEarlyForGoodProgress = 2,

    /// <summary>Revoked on breach and re-sentenced.</summary>
    RevokedAndResentenced = 3,

    /// <summary>Revoked on breach without a new order.</summary>
    Breached = 4,

    /// <summary>Revoked on a further offence.</summary>
    FurtherOffence = 5,
    Transferred = 6,
    Died = 7,
}

public static class TerminationReasons
{
    /// <summary>The reasons an order can end before its expected end date [DOMAIN.md §9a].</summary>
    public static IReadOnlyList<TerminationReason> Early { get; } =
    [
        TerminationReason.RevokedEarlyForGoodProgress,
        TerminationReason.RevokedAndResentenced,
        TerminationReason.Breached,
        TerminationReason.FurtherOffence,
        TerminationReason.Transferred,
        TerminationReason.Died,
    ];

    public static string Describe(TerminationReason reason) => reason switch
    {
        TerminationReason.Completed => "Ended at its expected end date",
        TerminationReason.RevokedEarlyForGoodProgress => "Revoked early for good progress",
        TerminationReason.RevokedAndResentenced => "Revoked on breach and re-sentenced",
        TerminationReason.Breached => "Revoked on breach",
        TerminationReason.FurtherOffence => "Revoked on a further offence",
        TerminationReason.Transferred => "Transferred",
        TerminationReason.Died => "The person died",
        _ => reason.ToString(),
    };
}

/// <summary>A court's extension of an order's end date [statute: CJA 2003 Sch 8 para 9–10]. Child of Order.</summary>
public sealed class OrderExtension : Entity
{
    private OrderExtension() { }

    public Guid OrderId { get; private set; }

    /// <summary>The date of the court's decision.</summary>
    public DateOnly DecidedOn { get; private set; }

    public DateOnly PreviousEndDate { get; private set; }

    public DateOnly NewEndDate { get; private set; }

    public string Court { get; private set; } = string.Empty;

    /// <summary>The breach the extension dealt with, if any.</summary>
    public Guid? BreachDecisionId { get; private set; }

    internal static OrderExtension Create(Guid orderId, DateOnly decidedOn, DateOnly previousEnd, DateOnly newEnd, string court, Guid? breachDecisionId) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId,
            DecidedOn = decidedOn,
            PreviousEndDate = previousEnd,
            NewEndDate = newEnd,
            Court = court.Trim(),
            BreachDecisionId = breachDecisionId,
        };
}

/// <summary>An offence the order was passed for.</summary>
public sealed record OffenceDetails(string Description, DateOnly OffenceDate);

/// <summary>An offence on an order. Child of Order.</summary>
public sealed class Offence : Entity
{
    private Offence() { }

    public Guid OrderId { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public DateOnly OffenceDate { get; private set; }

    internal static Offence Create(Guid orderId, OffenceDetails details) =>
        new() { Id = Guid.CreateVersion7(), OrderId = orderId, Description = details.Description.Trim(), OffenceDate = details.OffenceDate };
}
