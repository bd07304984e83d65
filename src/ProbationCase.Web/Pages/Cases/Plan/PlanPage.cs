using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Plans;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Pages.Cases.Plan;

/// <summary>
/// A sentence plan page [DOMAIN.md §8] for the person's current order, or <c>?orderId=</c> when they
/// have several. Writes load the plan aggregate, check the version the form was built from, call one
/// domain method and save once.
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public abstract class PlanPage(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock) : CasePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrderId { get; set; }

    /// <summary>The plan's version (xmin) when the form was built.</summary>
    [BindProperty]
    public uint Version { get; set; }

    public CaseCaption Person { get; private set; } = null!;

    public Order? Order { get; private set; }

    public IReadOnlyList<Order> Orders { get; private set; } = [];

    public SentencePlan? Plan { get; private set; }

    /// <summary>When the first attended face-to-face appointment took place, if it has.</summary>
    public DateTimeOffset? FirstFaceToFaceAt { get; private set; }

    protected ProbationCaseDbContext Db => db;

    protected CurrentStaff Staff => staff;

    protected DateTimeOffset Now { get; } = clock.GetUtcNow();

    public DateOnly Today => LondonClock.DateOf(Now);

    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Person = await CaseCaption.LoadAsync(db, PersonId, cancellationToken);
        Orders = await db.Orders.AsNoTracking().Include(o => o.Requirements)
            .Where(o => o.PersonId == PersonId)
            .OrderBy(o => o.ActualEndDate != null).ThenByDescending(o => o.SentenceDate)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Order = OrderId is { } id ? Orders.SingleOrDefault(o => o.Id == id) : Orders.Count > 0 ? Orders[0] : null;
        if (Order is null)
        {
            return OrderId is null;
        }

        OrderId = Order.Id;
        Plan = await db.SentencePlans
            .Include(p => p.Objectives).Include(p => p.Reviews).Include(p => p.Triggers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.OrderId == Order.Id, cancellationToken);
        if (Plan is not null && !IsPost())
        {
            Version = db.VersionOf(Plan);
        }

        // [DOMAIN.md §7] the plan clock starts at the first attended face-to-face appointment.
        await foreach (var contact in db.Contacts.AsNoTracking()
            .Where(c => c.OrderId == Order.Id && c.IsFaceToFace && c.Outcome != null)
            .OrderBy(c => c.StartsAt)
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            if (MonthlyFaceToFace.CountsAsFaceToFace(contact))
            {
                FirstFaceToFaceAt = contact.StartsAt;
                break;
            }
        }

        return true;
    }

    /// <summary>
    /// Runs one change on the plan at the posted version and saves it (a broken rule or a conflict is answered
    /// by <see cref="WritePathFilter"/>); false with the error in ModelState when the change cannot be asked for.
    /// </summary>
    protected async Task<bool> ChangePlanAsync(string errorKey, Action<SentencePlan, Guid> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (Plan is null)
        {
            ModelState.AddModelError(string.Empty, "Start the sentence plan first.");
            return false;
        }

        if (staff.StaffId is not { } staffId)
        {
            ModelState.AddModelError(errorKey, "Your sign-in is not linked to a member of staff. Ask an administrator to link it.");
            return false;
        }

        RuleField = errorKey;
        db.ExpectVersion(Plan, Version);
        change(Plan, staffId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public override Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    protected IActionResult BackToPlan(string done) =>
        RedirectToPage("/Cases/Plan/Index", new { personId = PersonId, orderId = OrderId, done });

    private bool IsPost() => HttpMethods.IsPost(Request.Method);
}
