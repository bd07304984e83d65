using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Cases.Plan;

/// <summary>Adds an objective [DOMAIN.md §8]; the domain refuses requirements the order lacks and RAR days over the maximum.</summary>
public sealed class ObjectiveModel(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock) : PlanPage(db, staff, clock)
{
    [BindProperty]
    public ObjectiveInput Input { get; set; } = new();

    public static IEnumerable<SelectListItem> NeedOptions =>
        Enum.GetValues<Needs>().Select(n => new SelectListItem(n == Needs.None ? "None – it addresses a risk" : UiDefaults.Of(n), n.ToString()));

    public static IEnumerable<SelectListItem> RiskOptions =>
        Enum.GetValues<RiskArea>().Select(r => new SelectListItem(UiDefaults.Of(r), r.ToString()));

    /// <summary>Only the order's own requirements can be linked [seed 002 §2.2].</summary>
    public IEnumerable<SelectListItem> RequirementOptions =>
        new[] { new SelectListItem("Not linked to a requirement", "") }
            .Concat((Order?.Requirements ?? []).Select(r => new SelectListItem(UiDefaults.Of(r.Type), r.Id.ToString())));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) && Plan is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Plan is null || Order is null)
        {
            return NotFound();
        }

        if (!IsValid(new ObjectiveInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var order = Order;
        var details = new ObjectiveDetails(
            Input.Description ?? string.Empty,
            Input.Need ?? Needs.None,
            Input.Risk ?? RiskArea.None,
            Input.Activity ?? string.Empty,
            Input.DeliveredBy ?? string.Empty,
            Input.RequirementId,
            string.IsNullOrWhiteSpace(Input.PlannedRarDays) ? null : int.Parse(Input.PlannedRarDays, CultureInfo.InvariantCulture));
        var key = details.PlannedRarDays is null ? $"{nameof(Input)}.{nameof(Input.Description)}" : $"{nameof(Input)}.{nameof(Input.PlannedRarDays)}";
        return await ChangePlanAsync(key, (plan, _) => plan.AddObjective(order, details), cancellationToken) ? BackToPlan("objective") : PageWithErrors();
    }
}

public sealed class ObjectiveInput
{
    [MaxLengthOf<PlanObjective>(nameof(PlanObjective.Description), Label = "Objective")]
    public string? Description { get; set; }

    public Needs? Need { get; set; }

    public RiskArea? Risk { get; set; }

    [MaxLengthOf<PlanObjective>(nameof(PlanObjective.Activity), Label = "Activity")]
    public string? Activity { get; set; }

    [MaxLengthOf<PlanObjective>(nameof(PlanObjective.DeliveredBy), Label = "Who delivers it")]
    public string? DeliveredBy { get; set; }

    public Guid? RequirementId { get; set; }

    public string? PlannedRarDays { get; set; }
}

public sealed class ObjectiveInputValidator : AbstractValidator<ObjectiveInput>
{
    public ObjectiveInputValidator()
    {
        RuleFor(x => x.PlannedRarDays)
            .Must(d => string.IsNullOrWhiteSpace(d) || int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage("Planned RAR days must be a whole number, like 10");
    }
}
