using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Pages.Cases.Contacts;

/// <summary>Confirmation after booking or recording a contact.</summary>
public sealed class BookedModel(ProbationCaseDbContext db) : CasePageModel
{
    [FromRoute]
    public Guid ContactId { get; set; }

    /// <summary>Arrived from the outcome journey rather than booking.</summary>
    [BindProperty(SupportsGet = true, Name = "outcome")]
    public bool OutcomeJourney { get; set; }

    /// <summary>How many appointments a repeat booking made (the first is <see cref="ContactId"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "count")]
    public int? Count { get; set; }

    public CaseCaption Person { get; private set; } = null!;

    public ContactType Type { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public ContactOutcome? Outcome { get; private set; }

    public Guid OrderId { get; private set; }

    public bool IsRar { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == ContactId && c.PersonId == PersonId)
            .Select(c => new { c.Type, c.StartsAt, c.Outcome, c.OrderId })
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        Person = await CaseCaption.LoadAsync(db, PersonId, cancellationToken);
        (Type, StartsAt, Outcome, OrderId) = (contact.Type, contact.StartsAt, contact.Outcome, contact.OrderId);
        IsRar = Type is ContactType.RarActivity or ContactType.RarAppointment;
        return Page();
    }
}
