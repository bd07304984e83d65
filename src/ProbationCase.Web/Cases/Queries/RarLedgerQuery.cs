using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>One order with its compliance status and, if it has a RAR, the ledger worked out by the domain.</summary>
public sealed record RarLedgerView(Order Order, ComplianceStatus Compliance, RarProgress? Progress);

/// <summary>
/// The RAR ledger page's read [DOMAIN.md §4]: the order aggregate, then only that RAR's contacts, so
/// the cost follows one requirement's activity whatever the size of the person's record.
/// </summary>
public sealed class RarLedgerQuery(ProbationCaseDbContext db, TimeProvider clock, TimelinessPolicy policy)
{
    /// <summary>Null when the order does not exist or is not the person's.</summary>
    public async Task<RarLedgerView?> GetAsync(Guid personId, Guid orderId, CancellationToken cancellationToken = default)
    {
        var order = await db.OrderAsync(personId, orderId, tracking: false, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        RarProgress? progress = null;
        if (order.Rar is { } rar)
        {
            var contacts = await db.Contacts.AsNoTracking()
                .Where(c => c.OrderId == order.Id && c.RequirementId == rar.Id)
                .ToListAsync(cancellationToken);
            progress = RarLedger.Calculate(order, contacts, now, policy);
        }

        return new RarLedgerView(order, order.ComplianceOn(LondonClock.DateOf(now)), progress);
    }
}
