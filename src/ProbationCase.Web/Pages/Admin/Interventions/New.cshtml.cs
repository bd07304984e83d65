using Microsoft.AspNetCore.Mvc;
using ProbationCase.Domain.Interventions;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Pages.Admin.Interventions;

public sealed class NewModel(ProbationCaseDbContext db) : GovUkPageModel
{
    [BindProperty]
    public InterventionInput Input { get; set; } = new() { Availability = "available" };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsValid(new InterventionInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        RuleField = $"{nameof(Input)}.{nameof(InterventionInput.Sessions)}";
        db.Interventions.Add(Intervention.Create(Input.Name!, Input.TypeChoice!.Value, Input.SessionCount!.Value, Input.Provider!, Input.Location!, Input.IsWomenOnly, Input.IsAvailableNow));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/Admin/Interventions");
    }
}
