using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Interventions;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Court;

namespace ProbationCase.Web.Pages.Admin.Interventions;

/// <summary>Changes a catalogue entry through <see cref="Intervention.Update"/> and Mark(Un)Available, against the version read.</summary>
public sealed class EditModel(ProbationCaseDbContext db) : GovUkPageModel
{
    public const string ConflictMessage =
        "Someone else changed this intervention while you were editing it. The saved details are shown above the form; your answers are kept – check them and save again.";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InterventionInput Input { get; set; } = new();

    public InterventionRow? Newer { get; private set; }

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

        try
        {
            db.ExpectAggregateVersion(intervention, Input.Version);
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
        }
        catch (DomainException exception)
        {
            return PageWithError($"{nameof(Input)}.{nameof(InterventionInput.Sessions)}", exception.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Interventions.AsNoTracking().SingleAsync(i => i.Id == Id, cancellationToken);
            Newer = new InterventionRow(saved.Id, saved.Name, saved.Type, saved.Sessions, saved.Provider, saved.Location, saved.IsWomenOnly, saved.IsAvailableNow);
            Input.Version = await db.Interventions.Where(i => i.Id == Id)
                .Select(i => EF.Property<uint>(i, Infrastructure.Persistence.Configurations.ConcurrencyVersion.PropertyName))
                .SingleAsync(cancellationToken);
            ModelState.Remove($"{nameof(Input)}.{nameof(InterventionInput.Version)}");
            return PageWithError(string.Empty, ConflictMessage);
        }

        return Redirect("/Admin/Interventions");
    }
}
