using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;

namespace ProbationCase.Web.Spo;

/// <summary>The signed-in SPO's staff record and team [DOMAIN.md §1, §11].</summary>
public sealed record SpoTeamContext(Guid StaffId, Guid TeamId, string TeamName);

/// <summary>An officer of the team as allocation and oversight forms list them.</summary>
public sealed record TeamOfficer(Guid Id, string Name, OfficerGrade Grade);

/// <summary>
/// Finds the SPO's team and the team's cases. Every case list starts from <see cref="CaseAccess.VisiblePeople"/>
/// so restricted cases never leave the database for staff who may not see them [DOMAIN.md §12].
/// </summary>
public sealed class SpoTeam(ProbationCaseDbContext db, CurrentStaff staff, CaseAccess access)
{
    public async Task<SpoTeamContext?> FindAsync(CancellationToken cancellationToken = default)
    {
        if (staff.StaffId is not { } staffId)
        {
            return null;
        }

        return await db.Staff.AsNoTracking()
            .Where(member => member.Id == staffId && member.TeamId != null)
            .Select(member => new SpoTeamContext(member.Id, member.TeamId!.Value, db.Teams.Where(team => team.Id == member.TeamId).Select(team => team.Name).Single()))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Cases in the team's queue or caseload that the signed-in user may see.</summary>
    public IQueryable<PersonOnProbation> Cases(Guid teamId) => access.VisiblePeople().Where(person => person.TeamId == teamId);

    /// <summary>The case summaries of the team's queue or caseload that the signed-in user may see.</summary>
    public IQueryable<Domain.Caseload.CaseSummary> Summaries(Guid teamId) => access.VisibleSummaries().Where(summary => summary.TeamId == teamId);

    /// <summary>Active staff of the team who can hold a caseload (SPOs may too) [DOMAIN.md §1].</summary>
    public async Task<IReadOnlyList<TeamOfficer>> OfficersAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        await db.Staff.AsNoTracking()
            .Where(member => member.TeamId == teamId && member.IsActive)
            .OrderBy(member => member.Name)
            .Select(member => new TeamOfficer(member.Id, member.Name, member.Grade))
            .ToListAsync(cancellationToken);

    public static string GradeName(OfficerGrade grade) => grade switch
    {
        OfficerGrade.ProbationOfficer => "PO",
        OfficerGrade.ProbationServicesOfficer => "PSO",
        _ => "SPO",
    };
}
