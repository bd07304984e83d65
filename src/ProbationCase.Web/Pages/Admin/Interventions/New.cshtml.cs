using Microsoft.AspNetCore.Mvc;
using ProbationCase.Domain;
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

        Intervention intervention;
        try
        {
            intervention = Intervention.Create(Input.Name!, Input.TypeChoice!.Value, Input.SessionCount!.Value, Input.Provider!, Input.Location!, Input.IsWomenOnly, Input.IsAvailableNow);
        }
        catch (DomainException exception)
        {
            return PageWithError($"{nameof(Input)}.{nameof(InterventionInput.Sessions)}", exception.Message);
        }

        db.Interventions.Add(intervention);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/Admin/Interventions");
    }
}
