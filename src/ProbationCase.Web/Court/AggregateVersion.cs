using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ProbationCase.Infrastructure.Persistence.Configurations;

namespace ProbationCase.Web.Court;

/// <summary>
/// Optimistic concurrency for forms that edit an existing record: the form carries the xmin it was
/// read at, and the save is made against that version, so an edit made by someone else in between
/// fails the save (DbUpdateConcurrencyException) instead of being overwritten.
/// </summary>
public static class AggregateVersion
{
    public static uint VersionOf(this DbContext db, object entity) =>
        (uint)db.Entry(entity).Property(ConcurrencyVersion.PropertyName).CurrentValue!;

    /// <summary>
    /// Saves against <paramref name="version"/> and updates the root's row even when only a child
    /// changed (a check, the proposal), so the aggregate's one version moves with every change to it.
    /// </summary>
    public static void ExpectAggregateVersion(this DbContext db, object root, uint version)
    {
        var entry = db.Entry(root);
        // Touch first: changing the entry's state resets original values, the version among them.
        Touch(entry);
        entry.Property(ConcurrencyVersion.PropertyName).OriginalValue = version;
    }

    private static void Touch(EntityEntry entry)
    {
        if (entry.State == EntityState.Unchanged)
        {
            // Rewrites the root's row with its own values, guarded by the version.
            entry.State = EntityState.Modified;
        }
    }
}
