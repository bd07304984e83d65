namespace ProbationCase.Domain.Orders;

/// <summary>Order types [seed 003, 004].</summary>
public enum OrderType
{
    CommunityOrder = 1,
    SuspendedSentenceOrder = 2,
    Licence = 3,
    PostSentenceSupervision = 4,
}

/// <summary>How an order ended [seed 000 §1.2, §5.5].</summary>
public enum TerminationReason
{
    Completed = 1,
    RevokedEarlyForGoodProgress = 2,
    RevokedAndResentenced = 3,
    Breached = 4,
    FurtherOffence = 5,
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
