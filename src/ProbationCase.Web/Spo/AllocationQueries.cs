using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Spo;

public sealed record RequirementSummary(RequirementType Type, int? Quantity, RequirementStatus Status)
{
    public string Text => UiDefaults.Requirement(Type, Quantity);
}

/// <summary>[DOMAIN.md §10] a check not returned: the RO must follow it up.</summary>
public sealed record OutstandingCheck(PreSentenceCheckKind Kind, DateOnly? RequestedOn, bool ToldToCourt)
{
    public string Text => PreSentenceCheck.DisplayName(Kind);
}

public sealed record QueuedCase(
    Guid PersonId,
    string Crn,
    string Name,
    DateTimeOffset? WaitingSince,
    RoshLevel Rosh,
    MappaCategory Mappa,
    int? MappaLevel,
    RiskFlags Flags,
    IReadOnlyList<RequirementSummary> Requirements,
    IReadOnlyList<OutstandingCheck> OutstandingChecks);

/// <summary>One officer's load as the allocating SPO sees it [DOMAIN.md §11, seed 004].</summary>
public sealed record OfficerWorkload(Guid OfficerId, string Name, OfficerGrade Grade, int Cases, int WeightedWorkload, int HighRoshCases, int MappaCases)
{
    public int PercentOfAim => WorkloadWeighting.PercentOfAim(Cases);

    public bool OverAim => Cases > WorkloadWeighting.CaseloadAim;

    public string GradeName => SpoTeam.GradeName(Grade);
}

/// <summary>One period of the case with one RO: continuity [seed 000 §5.1, 003].</summary>
public sealed record AllocationHistoryRow(string OfficerName, DateTimeOffset AllocatedAt, DateTimeOffset? EndedAt, string Reason);

public sealed record CaseForAllocation(
    Guid PersonId,
    string Crn,
    string Name,
    AllocationStatus Status,
    Guid? ResponsibleOfficerId,
    RoshLevel Rosh,
    MappaCategory Mappa,
    int? MappaLevel,
    IReadOnlyList<RequirementSummary> Requirements,
    IReadOnlyList<OutstandingCheck> OutstandingChecks,
    IReadOnlyList<AllocationHistoryRow> History)
{
    // [seed 000 §5.1, 003] changes of RO, not counting the first allocation (as PersonOnProbation.OfficerChanges).
    public int OfficerChanges => Math.Max(0, History.Count - 1);
}

/// <summary>Reads for the allocation queue and the choose-an-officer page, projected and filtered in SQL.</summary>
public sealed class AllocationQueries(ProbationCaseDbContext db, SpoTeam spoTeam, TimeProvider clock)
{
    /// <summary>[DOMAIN.md §10, §11] the team's cases from court awaiting a responsible officer: the queue, and its count on the SPO's home.</summary>
    public IQueryable<PersonOnProbation> Queue(Guid teamId) =>
        spoTeam.Cases(teamId).Where(person => person.AllocationStatus == AllocationStatus.AwaitingAllocation);

    public async Task<IReadOnlyList<QueuedCase>> QueueAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var rows = await Queue(teamId)
            .OrderBy(person => person.AwaitingAllocationSince).ThenBy(person => person.LastName)
            .Take(200)
            .Select(person => new
            {
                person.Id,
                person.Crn,
                person.FirstName,
                person.LastName,
                person.AwaitingAllocationSince,
                person.Risk.Rosh,
                person.Risk.MappaCategory,
                person.Risk.MappaLevel,
                person.Risk.Flags,
                Requirements = db.Orders
                    .Where(order => order.PersonId == person.Id && order.ActualEndDate == null)
                    .SelectMany(order => order.Requirements)
                    .Select(requirement => new RequirementSummary(
                        requirement.Type,
                        requirement is RarRequirement ? ((RarRequirement)requirement).MaximumDays
                            : requirement is UnpaidWorkRequirement ? ((UnpaidWorkRequirement)requirement).HoursOrdered
                            : requirement is AccreditedProgrammeRequirement ? ((AccreditedProgrammeRequirement)requirement).SessionsRequired
                            : null,
                        requirement.Status))
                    .ToList(),
                // [DOMAIN.md §10; seed 001 §1.7–1.8] checks on the person's reports that have not come back.
                Checks = db.PreSentenceReports
                    .Where(report => report.PersonId == person.Id)
                    .SelectMany(report => report.Checks)
                    .Where(check => check.ReturnedOn == null)
                    .Select(check => new OutstandingCheck(check.Kind, check.RequestedOn, check.OutstandingToldToCourt))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(row => new QueuedCase(
                row.Id, row.Crn.Value, $"{row.FirstName} {row.LastName}", row.AwaitingAllocationSince,
                row.Rosh, row.MappaCategory, row.MappaLevel, row.Flags, row.Requirements, row.Checks))
            .ToList();
    }

    public async Task<CaseForAllocation?> CaseAsync(Guid teamId, Guid personId, CancellationToken cancellationToken = default)
    {
        var row = await spoTeam.Cases(teamId)
            .Where(person => person.Id == personId)
            .Select(person => new
            {
                person.Id,
                person.Crn,
                person.FirstName,
                person.LastName,
                person.AllocationStatus,
                person.ResponsibleOfficerId,
                person.Risk.Rosh,
                person.Risk.MappaCategory,
                person.Risk.MappaLevel,
                Requirements = db.Orders
                    .Where(order => order.PersonId == person.Id && order.ActualEndDate == null)
                    .SelectMany(order => order.Requirements)
                    .Select(requirement => new RequirementSummary(
                        requirement.Type,
                        requirement is RarRequirement ? ((RarRequirement)requirement).MaximumDays
                            : requirement is UnpaidWorkRequirement ? ((UnpaidWorkRequirement)requirement).HoursOrdered
                            : requirement is AccreditedProgrammeRequirement ? ((AccreditedProgrammeRequirement)requirement).SessionsRequired
                            : null,
                        requirement.Status))
                    .ToList(),
                // [DOMAIN.md §10; seed 001 §1.7–1.8] checks on the person's reports that have not come back.
                Checks = db.PreSentenceReports
                    .Where(report => report.PersonId == person.Id)
                    .SelectMany(report => report.Checks)
                    .Where(check => check.ReturnedOn == null)
                    .Select(check => new OutstandingCheck(check.Kind, check.RequestedOn, check.OutstandingToldToCourt))
                    .ToList(),
                History = person.Allocations
                    .OrderBy(allocation => allocation.AllocatedAt)
                    .Select(allocation => new AllocationHistoryRow(
                        db.Staff.Where(member => member.Id == allocation.OfficerId).Select(member => member.Name).Single(),
                        allocation.AllocatedAt, allocation.EndedAt, allocation.Reason))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        return row is null
            ? null
            : new CaseForAllocation(row.Id, row.Crn.Value, $"{row.FirstName} {row.LastName}", row.AllocationStatus, row.ResponsibleOfficerId,
                row.Rosh, row.MappaCategory, row.MappaLevel, row.Requirements, row.Checks, row.History);
    }

    /// <summary>Every active officer of the team with caseload, weighted workload and risk mix, grouped in SQL.</summary>
    public async Task<IReadOnlyList<OfficerWorkload>> WorkloadsAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var officers = await spoTeam.OfficersAsync(teamId, cancellationToken);
        var officerIds = officers.Select(officer => officer.Id).ToList();

        // Caseloads count every live case the officer holds, whichever team it sits in; the weighting is the one [policy]
        // kept on each case summary, so the figures are those of My cases and the team caseload.
        var day = CaseloadDay.At(clock.GetUtcNow());
        var loads = await db.CaseSummaries.AsNoTracking()
            .Where(CaseloadWarnings.OnCaseload(day))
            .Where(s => s.AllocationStatus == AllocationStatus.Allocated && s.ResponsibleOfficerId != null && officerIds.Contains(s.ResponsibleOfficerId.Value))
            .GroupBy(s => s.ResponsibleOfficerId)
            .Select(group => new
            {
                OfficerId = group.Key,
                Cases = group.Count(),
                Weighted = group.Sum(s => s.WorkloadWeight),
                High = group.Count(s => s.HighRosh),
                Mappa = group.Count(s => s.Mappa),
            })
            .ToListAsync(cancellationToken);

        return officers
            .Select(officer =>
            {
                var load = loads.SingleOrDefault(candidate => candidate.OfficerId == officer.Id);
                return new OfficerWorkload(officer.Id, officer.Name, officer.Grade, load?.Cases ?? 0, load?.Weighted ?? 0, load?.High ?? 0, load?.Mappa ?? 0);
            })
            .ToList();
    }
}
