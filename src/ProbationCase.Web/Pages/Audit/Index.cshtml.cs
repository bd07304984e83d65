using Microsoft.AspNetCore.Mvc;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Web.Audit;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Audit;

/// <summary>
/// Finds the case whose audit trail to read, by CRN [DOMAIN.md §12]. An administrator may read any case's trail;
/// an SPO only their team's, so for an SPO a case in another team is "not found", the same as no case at all.
/// </summary>
public sealed class IndexModel(CaseAuditTrailQuery query, SpoTeam spoTeam) : GovUkPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Crn { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return PageWithErrors();
        }

        if (Crn is null)
        {
            return Request.Query.ContainsKey(nameof(Crn)) ? PageWithError(nameof(Crn), "Enter the CRN of the case") : Page();
        }

        if (!ProbationCase.Domain.People.Crn.TryParse(Crn, out var crn))
        {
            return PageWithError(nameof(Crn), "Enter a CRN in the correct format, like X123456");
        }

        Guid? teamId = null;
        if (!User.IsInRole(StaffRoles.Administrator))
        {
            // An SPO reads their own team's cases only (the trail page checks again, with TeamCaseAuthorisation).
            var team = await spoTeam.FindAsync(cancellationToken);
            if (team is null)
            {
                return PageWithError(nameof(Crn), "Your sign-in is not linked to a team, so there are no cases whose audit trail you can read");
            }

            teamId = team.TeamId;
        }

        var personId = await query.FindByCrnAsync(crn, teamId, cancellationToken);
        return personId is { } found
            ? Redirect($"/Audit/Cases/{found}")
            : PageWithError(nameof(Crn), teamId is null ? $"No case with CRN {crn} was found" : $"No case in your team has CRN {crn}");
    }
}
