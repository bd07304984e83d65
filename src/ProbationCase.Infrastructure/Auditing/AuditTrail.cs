using Microsoft.EntityFrameworkCore;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.Auditing;

/// <summary>Records what the interceptor cannot see: that someone opened a case [DOMAIN.md §12].</summary>
public sealed class AuditTrail(ProbationCaseDbContext db, IAuditActorAccessor actors, TimeProvider clock)
{
    public Task RecordCaseViewedAsync(Guid personId, string what, CancellationToken cancellationToken = default) =>
        RecordAsync(AuditAction.Viewed, what, personId.ToString(), personId, cancellationToken);

    /// <summary>
    /// Records a download: <paramref name="what"/> names the export, <paramref name="scope"/> what it covered (a team,
    /// a court). An export of one case's records carries its <paramref name="personId"/>; one of team or court figures has none.
    /// </summary>
    public Task RecordExportAsync(string what, string scope, Guid? personId, CancellationToken cancellationToken = default) =>
        RecordAsync(AuditAction.Exported, what, scope, personId, cancellationToken);

    private async Task RecordAsync(AuditAction action, string what, string entityId, Guid? personId, CancellationToken cancellationToken)
    {
        db.Set<AuditEntry>().Add(new AuditEntry(clock.GetUtcNow(), actors.Current, action, what, entityId, null, personId));
        await db.SaveChangesAsync(cancellationToken);
    }
}
