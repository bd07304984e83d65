using Microsoft.EntityFrameworkCore;
using ProbationCase.Infrastructure.Persistence.Configurations;

namespace ProbationCase.Web;

/// <summary>
/// Optimistic concurrency for every form that changes a record: the form carries the version (PostgreSQL
/// xmin) of the aggregate it was read at, and the save is made against that version, so a change someone
/// else made in between fails the save (a 409 from <see cref="WritePathFilter"/>) instead of being overwritten.
/// </summary>
public static class AggregateVersion
{
    /// <summary>The version of a loaded entity, for the form to carry.</summary>
    public static uint VersionOf(this DbContext db, object entity)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (uint)db.Entry(entity).Property(ConcurrencyVersion.PropertyName).CurrentValue!;
    }

    /// <summary>
    /// Saves against <paramref name="version"/> and rewrites the root's row even when only a child changed
    /// or was added (an objective, an unpaid work session, a check), so the aggregate's one version moves
    /// with every change to it and two people adding at once are told.
    /// </summary>
    public static void ExpectVersion(this DbContext db, object root, uint version)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = db.Entry(root);
        // A form read before the change just loaded is stale: the same answer as a save that lost the race.
        if (entry.State != EntityState.Added && (uint)entry.Property(ConcurrencyVersion.PropertyName).CurrentValue! != version)
        {
            throw new DbUpdateConcurrencyException("The record changed after the form was read.");
        }

        // Touch first: changing the entry's state resets original values, the version among them.
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }

        entry.Property(ConcurrencyVersion.PropertyName).OriginalValue = version;
    }
}
