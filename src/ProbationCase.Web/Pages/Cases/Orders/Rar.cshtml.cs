using Microsoft.AspNetCore.Mvc;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Cases.Queries;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>The RAR ledger [DOMAIN.md §4]: every figure comes from <see cref="RarLedger.Calculate"/>.</summary>
public sealed class RarModel(RarLedgerQuery query, ProbationCaseDbContext db) : CasePageModel
{
    [FromRoute]
    public Guid OrderId { get; set; }

    public OrderHeader Header { get; private set; } = null!;

    public RarProgress? Progress { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var ledger = await query.GetAsync(PersonId, OrderId, cancellationToken);
        if (ledger is null)
        {
            return NotFound();
        }

        Header = new OrderHeader(await CaseCaption.LoadAsync(db, PersonId, cancellationToken), ledger.Order,
            ledger.Compliance, "RAR days", "/Cases/Orders/Rar");
        Progress = ledger.Progress;
        return Page();
    }
}
