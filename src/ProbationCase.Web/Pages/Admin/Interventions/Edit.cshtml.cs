using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Interventions;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Court;

namespace ProbationCase.Web.Pages.Admin.Interventions;

/// <summary>Changes a catalogue entry through <see cref="Intervention.Update"/> and Mark(Un)Available, against the version read.</summary>
public sealed class EditModel(ProbationCaseDbContext db) : GovUkPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InterventionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var intervention = await db.Interventions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (intervention is null)
        {
            return NotFound();
        }

        var version = await db.Interventions.Where(i => i.Id == Id)
            .Select(i => EF.Property<uint>(i, Infrastructure.Persistence.Configurations.ConcurrencyVersion.PropertyName))
            .SingleAsync(cancellationToken);
        Input = InterventionInput.From(intervention, version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var intervention = await db.Interventions.SingleOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (intervention is null)
        {
            return NotFound();
        }

        if (!IsValid(new InterventionInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        db.ExpectVersion(intervention, Input.Version);
        RuleField = $"{nameof(Input)}.{nameof(InterventionInput.Sessions)}";
        intervention.Update(Input.Name!, Input.TypeChoice!.Value, Input.SessionCount!.Value, Input.Provider!, Input.Location!, Input.IsWomenOnly);
        if (Input.IsAvailableNow)
        {
            intervention.MarkAvailable();
        }
        else
        {
            intervention.MarkUnavailable();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/Admin/Interventions");
    }
}
