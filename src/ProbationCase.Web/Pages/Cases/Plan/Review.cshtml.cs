using Microsoft.AspNetCore.Mvc;
using ProbationCase.Domain.Calendar;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Forms;
using FluentValidation;
using ProbationCase.Domain.Plans;

namespace ProbationCase.Web.Pages.Cases.Plan;

/// <summary>Records a plan review: what changed since the last one [seed 001 §2.44].</summary>
public sealed class ReviewModel(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock) : PlanPage(db, staff, clock)
{
    [BindProperty]
    public PlanReviewInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Plan is null)
        {
            return NotFound();
        }

        Input.ReviewedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Plan is null)
        {
            return NotFound();
        }

        if (!IsValid(new PlanReviewInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        Input.ReviewedOn.TryToDateOnly(out var reviewedOn);
        var risk = (await Db.People.FindAsync([PersonId], cancellationToken))!.Risk;
        return await ChangePlanAsync($"{nameof(Input)}.{nameof(Input.WhatChanged)}",
            (plan, staffId) => plan.RecordReview(risk, staffId, reviewedOn, Input.WhatChanged ?? string.Empty, Now), cancellationToken) ? BackToPlan("review") : PageWithErrors();
    }
}

public sealed class PlanReviewInput
{
    public DateInput ReviewedOn { get; set; } = new();

    [MaxLengthOf<PlanReview>(nameof(PlanReview.WhatChanged), Label = "What changed")]
    public string? WhatChanged { get; set; }
}

public sealed class PlanReviewInputValidator : AbstractValidator<PlanReviewInput>
{
    public PlanReviewInputValidator()
    {
        RuleFor(x => x.ReviewedOn).MustBeRealDate("Date of the review", "Enter the date of the review");
    }
}
