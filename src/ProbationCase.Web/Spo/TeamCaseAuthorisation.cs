using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Spo;

/// <summary>
/// [DOMAIN.md §1, §11] a senior probation officer manages their own team: SPO writes and SPO views of a case
/// (allocation, approvals, audits, management oversight) are allowed only for cases in the SPO's team.
/// Stated once here and attached to those pages by convention (WebHostSetup); another team's case is a 403.
/// The case comes from the route: <c>personId</c>, or <c>decisionId</c> (the case the enforcement decision is on).
/// </summary>
public sealed class TeamCaseAuthorisation : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        // Only the SPO role is team-scoped; an RO reading the oversight page is a case reader (CaseAccess).
        if (http.User.Identity?.IsAuthenticated != true || !http.User.IsInRole(StaffRoles.SeniorProbationOfficer))
        {
            return;
        }

        var db = http.RequestServices.GetRequiredService<ProbationCaseDbContext>();
        var caseTeam = await CaseTeamAsync(db, context.RouteData.Values, http.RequestAborted);
        if (caseTeam is not { } found)
        {
            return; // no case in the route, or no such case: the page answers (404) itself
        }

        var spoTeam = await http.RequestServices.GetRequiredService<SpoTeam>().FindAsync(http.RequestAborted);
        if (!MayActOn(spoTeam?.TeamId, found.TeamId))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>The rule: the case is in the SPO's team (a case in no team's queue belongs to no SPO).</summary>
    public static bool MayActOn(Guid? spoTeamId, Guid? caseTeamId) => spoTeamId is { } spo && caseTeamId == spo;

    private static async Task<CaseTeam?> CaseTeamAsync(ProbationCaseDbContext db, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(route["personId"]?.ToString(), out var personId))
        {
            return await db.People.AsNoTracking().Where(p => p.Id == personId)
                .Select(p => new CaseTeam(p.TeamId)).SingleOrDefaultAsync(cancellationToken);
        }

        if (Guid.TryParse(route["decisionId"]?.ToString(), out var decisionId))
        {
            return await db.Orders.AsNoTracking().Where(o => o.Decisions.Any(d => d.Id == decisionId))
                .Select(o => new CaseTeam(db.People.Where(p => p.Id == o.PersonId).Select(p => p.TeamId).SingleOrDefault()))
                .SingleOrDefaultAsync(cancellationToken);
        }

        return null;
    }

    private sealed record CaseTeam(Guid? TeamId);
}
