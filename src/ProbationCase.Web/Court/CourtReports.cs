using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Court;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Court;

/// <summary>Loads the pre-sentence report aggregate for a write: offences, checks and the proposal with its parts.</summary>
public static class CourtReports
{
    public static Task<PreSentenceReport?> LoadReportAsync(this ProbationCaseDbContext db, Guid id, CancellationToken cancellationToken = default) =>
        db.PreSentenceReports
            .Include(r => r.Offences)
            .Include(r => r.Checks)
            .Include(r => r.Proposal!).ThenInclude(p => p.Requirements)
            .Include(r => r.Proposal!).ThenInclude(p => p.RarActivities)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
}
