using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Forms;
using ProbationCase.Domain.Plans;

namespace ProbationCase.Web.Pages.Cases.Plan;

/// <summary>The person's own views on the plan and whether they were involved [seed 002 §2.1].</summary>
public sealed class ViewsModel(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock) : PlanPage(db, staff, clock)
{
    [BindProperty]
    public PersonsViewsInput Input { get; set; } = new();

    public static IEnumerable<SelectListItem> YesNo => [new SelectListItem("Yes", "true"), new SelectListItem("No", "false")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Plan is null)
        {
            return NotFound();
        }

        Input = new PersonsViewsInput { Views = Plan.PersonsViews, Involved = Plan.PersonInvolved };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Plan is null)
        {
            return NotFound();
        }

        if (!IsValid(new PersonsViewsInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        return await ChangePlanAsync($"{nameof(Input)}.{nameof(Input.Views)}",
            (plan, _) => plan.RecordPersonsViews(Input.Views ?? string.Empty, Input.Involved!.Value), cancellationToken) ? BackToPlan("views") : PageWithErrors();
    }
}

public sealed class PersonsViewsInput
{
    [MaxLengthOf<SentencePlan>(nameof(SentencePlan.PersonsViews), Label = "The person's views")]
    public string? Views { get; set; }

    public bool? Involved { get; set; }
}

public sealed class PersonsViewsInputValidator : AbstractValidator<PersonsViewsInput>
{
    public PersonsViewsInputValidator()
    {
        RuleFor(x => x.Involved).NotNull().WithMessage("Select yes if the person was involved in making the plan");
    }
}
