using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Pages.Cases.Contacts;

/// <summary>
/// One contact [DOMAIN.md §3]: type, when, where, how long, outcome and notes, the sensitive flag, who recorded it
/// and when, and every correction since [DOMAIN.md §12]. Any case reader may open it; the view is audited like every
/// case page (<see cref="CasePageModel"/>).
/// </summary>
public sealed class DetailsModel(ContactRecordQuery query, ProbationCaseDbContext db, IAuthorizationService authorization) : CasePageModel
{
    [FromRoute]
    public Guid ContactId { get; set; }

    public ContactRecord Record { get; private set; } = null!;

    public CaseCaption Person { get; private set; } = null!;

    /// <summary>Responsible officers and SPOs record, correct and reclassify; other roles only read.</summary>
    public bool CanChangeContacts { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var record = await query.GetAsync(PersonId, ContactId, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        Person = await CaseCaption.LoadAsync(db, PersonId, cancellationToken);
        CanChangeContacts = (await authorization.AuthorizeAsync(User, AccessPolicies.ResponsibleOfficer)).Succeeded;
        return Page();
    }
}
