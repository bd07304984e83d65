using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProbationCase.Domain.People;

namespace ProbationCase.Infrastructure.Auditing;

/// <summary>
/// Writes an audit row for every insert, update and delete of a probation record in the same
/// SaveChanges (so the same transaction) as the change itself [DOMAIN.md §12].
/// </summary>
public sealed class AuditingInterceptor(IAuditActorAccessor actors, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow();
        var actor = actors.Current;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => IsAudited(e.Metadata.ClrType))
            .Select(e => new AuditEntry(now, actor, ActionOf(e.State), e.Metadata.ClrType.Name, KeyOf(e), ChangesOf(e), PersonIdOf(e)))
            .ToList();
        context.Set<AuditEntry>().AddRange(entries);
    }

    /// <summary>Probation records are the domain's types; sign-in bookkeeping and key storage are not.</summary>
    /// <remarks>A case summary is derived from audited records, not a record itself, so it is not audited again.</remarks>
    private static bool IsAudited(Type type) =>
        type.Namespace?.StartsWith("ProbationCase.Domain", StringComparison.Ordinal) == true
        && type != typeof(Domain.Caseload.CaseSummary);

    private static AuditAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Updated,
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));

    private static Guid? PersonIdOf(EntityEntry entry)
    {
        var personId = entry.Metadata.FindProperty("PersonId");
        if (personId is not null) return entry.Property(personId.Name).CurrentValue as Guid?;
        return entry.Entity is PersonOnProbation person ? person.Id : null;
    }

    private static string ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsConcurrencyToken && property.Metadata.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never) continue;
            var name = property.Metadata.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = new { after = property.CurrentValue };
                    break;
                case EntityState.Deleted:
                    changes[name] = new { before = property.OriginalValue };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { before = property.OriginalValue, after = property.CurrentValue };
                    break;
            }
        }

        return JsonSerializer.Serialize(changes);
    }
}
