namespace ProbationCase.Domain.Access;

/// <summary>
/// How a case's visibility is limited [DOMAIN.md §12], as the national case record does for
/// limited-access people. A case has one kind of list at a time.
/// </summary>
public enum AccessLimitation
{
    /// <summary>Every role can read the case [DOMAIN.md §1].</summary>
    None = 0,

    /// <summary>Named staff may not see the case; everyone else may.</summary>
    Exclusion = 1,

    /// <summary>Only named staff may see the case.</summary>
    Restriction = 2,
}

/// <summary>
/// One named member of staff on a case's exclusion or restriction list [DOMAIN.md §12]. Entries are
/// ended, never deleted, so the list's history is kept [DOMAIN.md §12: corrections keep history].
/// </summary>
public sealed class CaseAccessEntry : Entity
{
    private CaseAccessEntry() { }

    public Guid PersonId { get; private set; }

    /// <summary>The sign-in user id of the member of staff (not a <c>StaffMember</c> id).</summary>
    public Guid StaffUserId { get; private set; }

    /// <summary><see cref="AccessLimitation.Exclusion"/> or <see cref="AccessLimitation.Restriction"/>.</summary>
    public AccessLimitation Kind { get; private set; }

    public Guid AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public Guid? RemovedBy { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    internal static CaseAccessEntry Create(Guid personId, Guid staffUserId, AccessLimitation kind, Guid addedBy, DateTimeOffset addedAt) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            StaffUserId = staffUserId,
            Kind = kind,
            AddedBy = addedBy,
            AddedAt = addedAt.ToUniversalTime(),
        };

    internal void Remove(Guid removedBy, DateTimeOffset removedAt)
    {
        RemovedBy = removedBy;
        RemovedAt = removedAt.ToUniversalTime();
    }
}
