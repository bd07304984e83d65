using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Persistence.Configurations;

namespace ProbationCase.Web.Cases.Journeys;

/// <summary>The loads the RO workspace pages share: one order aggregate, versions, the bank holiday calendar.</summary>
public static class CaseReads
{
    /// <summary>The order with its requirements and enforcement record, if it belongs to the person.</summary>
    public static Task<Order?> OrderAsync(this ProbationCaseDbContext db, Guid personId, Guid orderId, bool tracking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<Order> orders = db.Orders
            .Include(o => o.Offences)
            .Include(o => o.Extensions)
            .Include(o => o.Requirements).ThenInclude(r => ((UnpaidWorkRequirement)r).Sessions)
            .Include(o => o.Requirements).ThenInclude(r => ((UnpaidWorkRequirement)r).StandDowns)
            .Include(o => o.Failures)
            .Include(o => o.Warnings)
            .Include(o => o.Decisions)
            .AsSplitQuery();
        if (!tracking)
        {
            orders = orders.AsNoTracking();
        }

        return orders.SingleOrDefaultAsync(o => o.Id == orderId && o.PersonId == personId, cancellationToken);
    }

    /// <summary>The optimistic-concurrency version (PostgreSQL xmin) of a tracked entity.</summary>
    public static uint VersionOf(this ProbationCaseDbContext db, object entity)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (uint)db.Entry(entity).Property(ConcurrencyVersion.PropertyName).CurrentValue!;
    }

    /// <summary>Makes the save fail if the row changed since the version the form was built from.</summary>
    public static void ExpectVersion(this ProbationCaseDbContext db, object entity, uint version)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(entity).Property(ConcurrencyVersion.PropertyName).OriginalValue = version;
    }
}

/// <summary>The person a case page is about, for its caption.</summary>
public sealed record CaseCaption(string Name, string Crn)
{
    public static async Task<CaseCaption> LoadAsync(ProbationCaseDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new { p.FirstName, p.LastName, p.Crn })
            .SingleAsync(cancellationToken);
        return new CaseCaption($"{person.FirstName} {person.LastName}", person.Crn.Value);
    }

    public override string ToString() => $"{Name} ({Crn})";
}
