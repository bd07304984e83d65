namespace ProbationCase.Infrastructure.Auditing;

/// <summary>
/// One row of the append-only audit trail [DOMAIN.md §12]: who did what to which record, when,
/// with the values before and after. A database trigger refuses updates and deletes.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset occurredAt, AuditActor actor, AuditAction action, string entityType, string entityId, string? changes, Guid? personId)
    {
        OccurredAt = occurredAt;
        UserId = actor.UserId;
        UserName = actor.UserName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Changes = changes;
        PersonId = personId;
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; } = string.Empty;

    public string EntityId { get; private set; } = string.Empty;

    /// <summary>JSON: { "Property": { "before": ..., "after": ... } }.</summary>
    public string? Changes { get; private set; }

    /// <summary>The person on probation the record belongs to, so a case's whole history can be read back.</summary>
    public Guid? PersonId { get; private set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Viewed,

    /// <summary>A download (CSV) of records or figures.</summary>
    Exported,
}

/// <summary>Who is acting: the signed-in user, or a named system process such as the demo seed.</summary>
public sealed record AuditActor(Guid? UserId, string UserName)
{
    public static AuditActor System(string process) => new(null, $"system:{process}");
}

/// <summary>Supplies the actor for the current unit of work (the HTTP user in the web app).</summary>
public interface IAuditActorAccessor
{
    AuditActor Current { get; }
}
