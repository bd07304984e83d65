using Microsoft.EntityFrameworkCore;

namespace ProbationCase.Web.Court;

/// <summary>
/// Saves a loaded aggregate once, inserting the children the domain created during the request.
/// </summary>
/// <remarks>
/// The domain gives every entity its id (Guid v7) when it is created. EF takes an entity with a key
/// already set, found through a navigation of a tracked entity, to be an existing row, and would
/// UPDATE it (0 rows: a false concurrency failure) rather than INSERT it. Everything tracked when the
/// aggregate was loaded is existing; anything tracked later is new. (Marking the domain's keys
/// ValueGeneratedNever in the entity configurations would make this unnecessary.)
/// </remarks>
public sealed class AggregateSave
{
    private readonly DbContext _db;
    private readonly HashSet<object> _loaded;

    private AggregateSave(DbContext db)
    {
        _db = db;
        _loaded = db.ChangeTracker.Entries().Select(entry => entry.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
    }

    /// <summary>Call straight after loading the aggregate, before any domain method.</summary>
    public static AggregateSave AfterLoading(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new AggregateSave(db);
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        _db.ChangeTracker.DetectChanges();
        foreach (var entry in _db.ChangeTracker.Entries().ToList())
        {
            if (!_loaded.Contains(entry.Entity) && entry.State is EntityState.Modified or EntityState.Unchanged)
            {
                entry.State = EntityState.Added;
            }
        }

        await _db.SaveChangesAsync(cancellationToken);
    }
}
