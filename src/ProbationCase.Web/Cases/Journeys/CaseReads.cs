using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Journeys;

/// <summary>The loads the RO workspace pages share: one order aggregate.</summary>
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
