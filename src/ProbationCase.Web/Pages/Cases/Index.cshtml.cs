using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Queries;

namespace ProbationCase.Web.Pages.Cases;

/// <summary>The case record overview; any signed-in role may read it unless the case is restricted from them.</summary>
public sealed class IndexModel(CaseRecordQuery query, IAuthorizationService authorization) : CasePageModel
{
    public CaseRecord Record { get; private set; } = null!;

    /// <summary>Responsible officers and SPOs record contacts and book appointments; the court only reads.</summary>
    public bool CanRecordContacts { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var record = await query.GetAsync(PersonId, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        CanRecordContacts = (await authorization.AuthorizeAsync(User, AccessPolicies.ResponsibleOfficer)).Succeeded;
        return Page();
    }
}
