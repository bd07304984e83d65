using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>The RAR ledger [DOMAIN.md §4]: every figure comes from <see cref="RarLedger.Calculate"/>.</summary>
public sealed class RarModel(ProbationCaseDbContext db, TimeProvider clock, IAuthorizationService authorization) : CasePageModel
{
    [FromRoute]
    public Guid OrderId { get; set; }

    public OrderHeader Header { get; private set; } = null!;

    public RarProgress? Progress { get; private set; }

    public RarRequirement? Rar { get; private set; }

    /// <summary>Responsible officers and SPOs complete the RAR and reclassify activities; other roles only read.</summary>
    public bool CanChange { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Completed { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Reclassified { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var order = await db.OrderAsync(PersonId, OrderId, tracking: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        Header = new OrderHeader(await CaseCaption.LoadAsync(db, PersonId, cancellationToken), order,
            order.ComplianceOn(LondonClock.DateOf(now)), "RAR days", "/Cases/Orders/Rar");
        CanChange = (await authorization.AuthorizeAsync(User, AccessPolicies.ResponsibleOfficer)).Succeeded;
        if (order.Rar is { } rar)
        {
            Rar = rar;
            var contacts = await db.Contacts.AsNoTracking()
                .Where(c => c.OrderId == order.Id && c.RequirementId == rar.Id)
                .ToListAsync(cancellationToken);
            Progress = RarLedger.Calculate(order, contacts, now, TimelinessPolicy.Default);
        }

        return Page();
    }
}
