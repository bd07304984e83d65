using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Orders;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>
/// An order page with small forms that change one requirement: loads the order aggregate, checks
/// the version the form was built from, calls one domain method, saves once. A broken rule is a
/// GOV.UK error (400); a change by someone else is the conflict page (409).
/// </summary>
public abstract class OrderWritePage(ProbationCaseDbContext db, TimeProvider clock) : CasePageModel
{
    public OrderHeader Header { get; private set; } = null!;

    public Order Order => Header.Order;

    protected ProbationCaseDbContext Db => db;

    protected DateTimeOffset Now { get; } = clock.GetUtcNow();

    protected DateOnly Today => LondonClock.DateOf(Now);

    protected abstract string Heading { get; }

    protected abstract string PagePath { get; }

    public uint VersionOf(object entity) => db.VersionOf(entity);

    protected async Task<bool> LoadAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.OrderAsync(PersonId, orderId, tracking: true, cancellationToken);
        if (order is null)
        {
            return false;
        }

        Header = new OrderHeader(await CaseCaption.LoadAsync(db, PersonId, cancellationToken), order, order.ComplianceOn(Today), Heading, PagePath, Today);
        return true;
    }

    /// <summary>
    /// Runs one domain change on <paramref name="entity"/> against the <paramref name="version"/> the form was
    /// built from, and saves. A broken rule is shown against <paramref name="errorKey"/> (400) and a change
    /// saved by someone else first is a 409, both by <see cref="WritePathFilter"/>.
    /// </summary>
    protected async Task ChangeAsync(object entity, uint version, string errorKey, Action change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        RuleField = errorKey;
        db.ExpectVersion(entity, version);
        change();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>After a refused change the stored order is shown (the tracker has been cleared).</summary>
    public override Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken) => LoadAsync(Order.Id, cancellationToken);
}
