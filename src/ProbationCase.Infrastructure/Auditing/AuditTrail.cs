using Microsoft.EntityFrameworkCore;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.Auditing;

/// <summary>Records what the interceptor cannot see: that someone opened a case [DOMAIN.md §12].</summary>
public sealed class AuditTrail(ProbationCaseDbContext db, IAuditActorAccessor actors, TimeProvider clock)
{
    public async Task RecordCaseViewedAsync(Guid personId, string what, CancellationToken cancellationToken = default)
    {
        db.Set<AuditEntry>().Add(new AuditEntry(clock.GetUtcNow(), actors.Current, AuditAction.Viewed, what, personId.ToString(), null, personId));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<List<AuditEntry>> ForPersonAsync(Guid personId, int take, CancellationToken cancellationToken = default) =>
        db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
}
