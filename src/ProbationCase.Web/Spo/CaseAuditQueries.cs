using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Oversight;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Spo;

public sealed record AuditSampleCase(Guid PersonId, string Name, string Crn, string OfficerName, int PreviousAudits);

public sealed record AuditResults(int Audits, IReadOnlyList<AuditQuestionResult> Questions);

/// <summary>Case audit reads [DOMAIN.md §11; seed 002 Annex 2, 004]: the team's % yes grouped in SQL, and samples of team cases.</summary>
public sealed class CaseAuditQueries(ProbationCaseDbContext db, SpoTeam spoTeam)
{
    public const int MaximumSample = 20;

    public async Task<AuditResults> ResultsAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var teamAudits = db.CaseAudits.AsNoTracking().Join(spoTeam.Cases(teamId), audit => audit.PersonId, person => person.Id, (audit, person) => audit);
        var audits = await teamAudits.CountAsync(cancellationToken);

        // [seed 002 Annex 2, note 17] "not applicable" answers are left out of the count.
        var counts = await teamAudits
            .SelectMany(audit => audit.Answers)
            .Where(answer => answer.Answer != AuditAnswer.NotApplicable)
            .GroupBy(answer => answer.QuestionCode)
            .Select(group => new AuditAnswerCount(group.Key, group.Count(), group.Count(answer => answer.Answer == AuditAnswer.Yes)))
            .ToListAsync(cancellationToken);
        return new AuditResults(audits, AuditResultTally.FromCounts(counts));
    }

    /// <summary>A random sample of the team's allocated cases, drawn in SQL.</summary>
    public async Task<IReadOnlyList<AuditSampleCase>> RandomSampleAsync(Guid teamId, int size, CancellationToken cancellationToken = default)
    {
        var rows = await spoTeam.Cases(teamId)
            .Where(person => person.AllocationStatus == AllocationStatus.Allocated)
            .OrderBy(person => EF.Functions.Random())
            .Take(Math.Clamp(size, 1, MaximumSample))
            .Select(person => new
            {
                person.Id,
                person.FirstName,
                person.LastName,
                person.Crn,
                Officer = db.Staff.Where(member => member.Id == person.ResponsibleOfficerId).Select(member => member.Name).FirstOrDefault(),
                Audits = db.CaseAudits.Count(audit => audit.PersonId == person.Id),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(row => new AuditSampleCase(row.Id, $"{row.FirstName} {row.LastName}", row.Crn.Value, row.Officer ?? "", row.Audits))
            .OrderBy(row => row.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<AuditSampleCase?> CaseAsync(Guid teamId, Guid personId, CancellationToken cancellationToken = default)
    {
        var row = await spoTeam.Cases(teamId)
            .Where(person => person.Id == personId)
            .Select(person => new
            {
                person.Id,
                person.FirstName,
                person.LastName,
                person.Crn,
                Officer = db.Staff.Where(member => member.Id == person.ResponsibleOfficerId).Select(member => member.Name).FirstOrDefault(),
                Audits = db.CaseAudits.Count(audit => audit.PersonId == person.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new AuditSampleCase(row.Id, $"{row.FirstName} {row.LastName}", row.Crn.Value, row.Officer ?? "", row.Audits);
    }
}
