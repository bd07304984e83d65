using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Orders;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>
/// An order page with small forms that change one requirement: loads the order aggregate, checks
/// the version the form was built from, calls one domain method, saves once. A broken rule is a
/// GOV.UK error (400); a change by someone else is the conflict error (409) with the data re-loaded.
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

    /// <summary>Runs one domain change on <paramref name="entity"/> (expected at <paramref name="version"/>) and saves.</summary>
    protected async Task<WriteResult> ChangeAsync(object entity, uint version, string errorKey, Action change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (db.VersionOf(entity) != version)
        {
            ModelState.AddModelError(string.Empty, CaseText.ConcurrencyConflict);
            return WriteResult.Conflict;
        }

        try
        {
            change();
        }
        catch (DomainException rule)
        {
            ModelState.AddModelError(errorKey, rule.Message);
            return WriteResult.Refused;
        }

        db.ExpectVersion(entity, version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(Order.Id, cancellationToken);
            ModelState.AddModelError(string.Empty, CaseText.ConcurrencyConflict);
            return WriteResult.Conflict;
        }
    }

    /// <summary>Re-shows the page after a refused or conflicting change, with fresh data and the error.</summary>
    protected async Task<Microsoft.AspNetCore.Mvc.RazorPages.PageResult> ShowProblemAsync(WriteResult result, CancellationToken cancellationToken)
    {
        if (result == WriteResult.Refused)
        {
            // The refused change may have half-applied to the tracked aggregate: show the stored one.
            db.ChangeTracker.Clear();
            await LoadAsync(Order.Id, cancellationToken);
            return PageWithErrors();
        }

        ViewData["HasErrors"] = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}

public enum WriteResult
{
    Saved,
    Refused,
    Conflict,
}
