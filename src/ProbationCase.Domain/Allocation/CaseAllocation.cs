namespace ProbationCase.Domain.Allocation;

/// <summary>Where a case stands in its team's allocation queue [DOMAIN.md §11].</summary>
public enum AllocationStatus
{
    /// <summary>New from court (or never allocated): sits in the team's queue for the SPO.</summary>
    AwaitingAllocation = 0,

    /// <summary>Has a responsible officer.</summary>
    Allocated = 1,
}

/// <summary>
/// One period of a case with one responsible officer [DOMAIN.md §11]. Kept as history so the reason for
/// every change of RO, and continuity (RO changes per case), can be reported [seed 000 §5.1, 003].
/// </summary>
public sealed class CaseAllocation : Entity
{
    private CaseAllocation() { }

    public Guid PersonId { get; private set; }

    public Guid OfficerId { get; private set; }

    public Guid TeamId { get; private set; }

    public Guid AllocatedBy { get; private set; }

    public DateTimeOffset AllocatedAt { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    /// <summary>Set when the case moves to another officer; null while this is the current allocation.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsCurrent => EndedAt is null;

    internal static CaseAllocation Create(Guid personId, Guid officerId, Guid teamId, Guid allocatedBy, string reason, DateTimeOffset allocatedAt) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            OfficerId = officerId,
            TeamId = teamId,
            AllocatedBy = allocatedBy,
            AllocatedAt = allocatedAt.ToUniversalTime(),
            Reason = reason.Trim(),
        };

    internal void End(DateTimeOffset endedAt) => EndedAt = endedAt.ToUniversalTime();
}
