using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Plans;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Cases.Queries;

namespace ProbationCase.Web.Pages.Cases.Plan;

/// <summary>The sentence plan: due date and overdue state, objectives, views, sign-off, reviews [DOMAIN.md §7, §8].</summary>
public sealed class IndexModel(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock, CaseDeadlinesSource deadlines) : PlanPage(db, staff, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>[DOMAIN.md §7] 15 business days after the first attended face-to-face appointment; null until it happens.</summary>
    public DateOnly? DueOn { get; private set; }

    public bool IsOverdue => DueOn is { } due && Plan?.SignedOffAt is null && Today > due;

    public PlanReviewDue? ReviewDue => Plan?.ReviewDue(deadlines.Policy);

    public bool IsReviewOverdue => ReviewDue is { } due && Today > due.DueOn;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadPlanPageAsync(cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        if (!await LoadPlanPageAsync(cancellationToken) || Order is null)
        {
            return NotFound();
        }

        if (Plan is not null)
        {
            return BackToPlan("started");
        }

        if (Staff.StaffId is not { } staffId)
        {
            return PageWithError(string.Empty, "Your sign-in is not linked to a member of staff. Ask an administrator to link it.");
        }

        try
        {
            Db.SentencePlans.Add(SentencePlan.Start(Order, staffId, Now));
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException rule)
        {
            return PageWithError(string.Empty, rule.Message);
        }
        catch (DbUpdateException)
        {
            // Someone started the plan for this order at the same moment (one plan per order).
            Db.ChangeTracker.Clear();
            await LoadPlanPageAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, CaseText.ConcurrencyConflict);
            return ShowProblem(WriteOutcome.Conflict);
        }

        return BackToPlan("started");
    }

    public async Task<IActionResult> OnPostSignOffAsync(CancellationToken cancellationToken)
    {
        if (!await LoadPlanPageAsync(cancellationToken) || Order is null)
        {
            return NotFound();
        }

        var risk = (await Db.People.AsNoTracking().SingleAsync(p => p.Id == PersonId, cancellationToken)).Risk;
        var outcome = await ChangePlanAsync(string.Empty, (plan, staffId) => plan.SignOff(risk, staffId, FirstFaceToFaceAt, Now), cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            await LoadPlanPageAsync(cancellationToken, reload: false);
            return ShowProblem(outcome);
        }

        return BackToPlan("signed-off");
    }

    private async Task<bool> LoadPlanPageAsync(CancellationToken cancellationToken, bool reload = true)
    {
        if (reload && !await LoadAsync(cancellationToken))
        {
            return false;
        }

        if (FirstFaceToFaceAt is { } met)
        {
            DueOn = (await deadlines.GetAsync(cancellationToken)).SentencePlanDue(LondonClock.DateOf(met));
        }

        return true;
    }
}
