using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Spo;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Spo.Approvals;

/// <summary>
/// Approve or reject one enforcement decision with a rationale [seed 000 §5.4, 001 §2.34, 002 §4.1]. The domain
/// refuses an SPO's own referral and a decision already made; one decided by someone else meanwhile is a conflict.
/// The page shows the evidence the decision rests on: the failure, prior warnings and 12 months' compliance.
/// </summary>
public sealed class DecideModel(ProbationCaseDbContext db, ApprovalQueries queries, EnforcementEvidenceQuery evidence, TimeProvider clock) : SpoPageModel
{
    public const string Approve = "approve";
    public const string Reject = "reject";

    [FromRoute(Name = "decisionId")]
    public Guid DecisionId { get; set; }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public DecisionRow Decision { get; private set; } = null!;

    /// <summary>The failure, prior warnings and 12 months' compliance the decision rests on [seed 000 §5.4].</summary>
    public EvidenceView Evidence { get; private set; } = null!;

    protected override Guid? ViewedPersonId => Decision?.PersonId;

    public static IEnumerable<SelectListItem> DecisionItems { get; } =
    [
        new("Approve", Approve),
        new("Reject", Reject),
    ];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!IsValid(new DecisionInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var order = await db.Orders.Include(o => o.Decisions).SingleAsync(o => o.Id == Decision.OrderId);
        var approver = await db.Staff.SingleAsync(member => member.Id == Team.StaffId);
        // Decided by someone else since this page was read: the same answer as losing the race at the save (409).
        if (order.Decisions.Single(d => d.Id == DecisionId).Status != EnforcementDecisionStatus.PendingApproval)
        {
            throw new DbUpdateConcurrencyException("The decision was made by someone else.");
        }

        RuleField = $"{nameof(Input)}.{nameof(Input.Decision)}";
        if (Input.Decision == Approve)
        {
            order.ApproveDecision(DecisionId, approver, Input.Rationale, clock.GetUtcNow());
        }
        else
        {
            order.RejectDecision(DecisionId, approver, Input.Rationale!, clock.GetUtcNow());
        }

        await db.SaveChangesAsync();
        TempData["Decided"] = $"{UiDefaults.Of(Decision.Kind)} for {Decision.Name} {(Input.Decision == Approve ? "approved" : "rejected")}";
        return RedirectToPage("/Spo/Approvals/Index");
    }


    private async Task<bool> LoadAsync()
    {
        var found = await queries.DecisionAsync(Team.TeamId, DecisionId, HttpContext.RequestAborted);
        if (found is null)
        {
            return false;
        }

        var record = await evidence.ForOrderAsync(found.PersonId, found.OrderId, HttpContext.RequestAborted);
        if (record is null)
        {
            return false;
        }

        Decision = found;
        var failure = record.Order.Failures.Single(candidate => candidate.Id == found.FailureId);
        Evidence = new EvidenceView(record, failure.OccurredOn, failure);
        return true;
    }
}

public sealed class DecisionInput
{
    public string? Decision { get; set; }

    [MaxLengthOf<EnforcementDecision>(nameof(EnforcementDecision.DecisionRationale), Label = "Rationale")]
    public string? Rationale { get; set; }
}

public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator()
    {
        RuleFor(x => x.Decision).Must(value => value is DecideModel.Approve or DecideModel.Reject)
            .WithMessage("Select whether you approve or reject the decision");
        RuleFor(x => x.Rationale).NotEmpty().WithMessage("Enter the rationale for your decision");
    }
}
