using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Letters;
using ProbationCase.Domain.Orders;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Pages.Cases.Orders;

namespace ProbationCase.Web.Pages.Cases.Breach;

/// <summary>
/// The order's enforcement record [DOMAIN.md §9]: failures, dated warnings with their letters, and each breach
/// from referral to the court's outcome, with the pack's deadline ([policy] business days after approval).
/// </summary>
public sealed class IndexModel(ProbationCaseDbContext db, CaseDeadlinesSource deadlines, IAuthorizationService authorization, TimeProvider clock) : CasePageModel
{
    [FromRoute]
    public Guid OrderId { get; set; }

    public OrderHeader Header { get; private set; } = null!;

    public Order Order => Header.Order;

    public IReadOnlyList<BreachRow> Breaches { get; private set; } = [];

    public IReadOnlyDictionary<Guid, Guid> WarningLetters { get; private set; } = new Dictionary<Guid, Guid>();

    public bool CanChange { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var order = await db.OrderAsync(PersonId, OrderId, tracking: false, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        Today = LondonClock.Today(clock);
        Header = new OrderHeader(await CaseCaption.LoadAsync(db, PersonId, cancellationToken), order, order.ComplianceOn(Today), "Enforcement", "/Cases/Breach/Index", Today);
        var due = await deadlines.GetAsync(cancellationToken);
        Breaches = order.Decisions
            .Where(decision => decision.Kind == EnforcementDecisionKind.Breach)
            .OrderByDescending(decision => decision.ReferredAt)
            .Select(decision => BreachRow.For(order, decision, due, Today))
            .ToList();
        var warningIds = order.Warnings.Select(warning => (Guid?)warning.Id).ToList();
        WarningLetters = await db.IssuedLetters.AsNoTracking()
            .Where(letter => letter.Kind == LetterKind.WarningLetter && warningIds.Contains(letter.SubjectId))
            .GroupBy(letter => letter.SubjectId!.Value)
            .Select(group => new { WarningId = group.Key, LetterId = group.OrderByDescending(letter => letter.IssuedAt).First().Id })
            .ToDictionaryAsync(row => row.WarningId, row => row.LetterId, cancellationToken);
        CanChange = (await authorization.AuthorizeAsync(User, AccessPolicies.ResponsibleOfficer)).Succeeded;
        return Page();
    }
}

/// <summary>One breach on the enforcement page and the SPO's list: where it is and when its pack is due.</summary>
public sealed record BreachRow(EnforcementDecision Decision, DateOnly FailedOn, BreachPackStage? Stage, DateOnly? PackDue, bool IsOverdue)
{
    public static BreachRow For(Order order, EnforcementDecision decision, CaseDeadlines deadlines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(deadlines);
        var failedOn = order.Failures.Single(failure => failure.Id == decision.FailureId).OccurredOn;
        var stage = decision.PackStage;

        // [policy] DOMAIN.md §9: the pack goes within 10 business days of SPO approval.
        DateOnly? due = decision.DecidedAt is { } approved && stage is BreachPackStage.ToPrepare or BreachPackStage.Returned
            ? deadlines.BreachPackDue(LondonClock.DateOf(approved))
            : null;
        return new BreachRow(decision, failedOn, stage, due, due is { } by && today > by);
    }
}
