using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Cases.Queries;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>The RAR ledger [DOMAIN.md §4]: every figure comes from <see cref="RarLedger.Calculate"/>.</summary>
public sealed class RarModel(RarLedgerQuery query, ProbationCaseDbContext db, IAuthorizationService authorization, TimeProvider clock) : CasePageModel
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
        var ledger = await query.GetAsync(PersonId, OrderId, cancellationToken);
        if (ledger is null)
        {
            return NotFound();
        }

        Header = new OrderHeader(await CaseCaption.LoadAsync(db, PersonId, cancellationToken), ledger.Order,
            ledger.Compliance, "RAR days", "/Cases/Orders/Rar", Domain.Calendar.LondonClock.Today(clock));
        Progress = ledger.Progress;
        CanChange = (await authorization.AuthorizeAsync(User, AccessPolicies.ResponsibleOfficer)).Succeeded;
        Rar = ledger.Order.Rar;
        return Page();
    }
}
