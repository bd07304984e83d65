using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Spo;

/// <summary>One case on the team caseload with the warnings an RO sees on My cases.</summary>
public sealed record TeamCaseloadRow(
    Guid PersonId,
    string Crn,
    string Name,
    Guid? OfficerId,
    string OfficerName,
    RoshLevel Rosh,
    int OutcomesNotRecorded,
    int FailuresWithoutDecision,
    bool BreachInProgress,
    int RequirementsNotStarted,
    int OverdueOversightActions,
    int OfficerChanges);

public sealed record TeamCaseloadPage(IReadOnlyList<TeamCaseloadRow> Rows, int Total, int PageNumber, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The SPO's team caseload, filtered by officer and paged in SQL [DOMAIN.md §11].
/// To consolidate with the RO caseload query (Cases/Queries/CaseloadQuery, built on another branch)
/// once both are on main: the warnings here are the same per-case counts.
/// </summary>
public sealed class TeamCaseloadQuery(ProbationCaseDbContext db, SpoTeam spoTeam, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<TeamCaseloadPage> PageAsync(Guid teamId, Guid? officerId, int pageNumber, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = LondonClock.DateOf(now);
        var sentencedBefore = RequirementQueries.StartOverdueIfSentencedBefore(today, TimelinessPolicy.Default);
        var breachInProgress = EnforcementQueries.BreachInProgress;
        var failuresWithoutDecision = EnforcementQueries.FailuresWithoutDecision;

        var cases = spoTeam.Cases(teamId).Where(person => person.AllocationStatus == AllocationStatus.Allocated);
        if (officerId is { } officer)
        {
            cases = cases.Where(person => person.ResponsibleOfficerId == officer);
        }

        var total = await cases.CountAsync(cancellationToken);
        pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await cases
            .OrderBy(person => person.LastName).ThenBy(person => person.FirstName).ThenBy(person => person.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(person => new
            {
                person.Id,
                person.Crn,
                person.FirstName,
                person.LastName,
                person.ResponsibleOfficerId,
                OfficerName = db.Staff.Where(member => member.Id == person.ResponsibleOfficerId).Select(member => member.Name).FirstOrDefault(),
                person.Risk.Rosh,
                // [DOMAIN.md §3] booked time has passed and no outcome.
                OutcomesNotRecorded = db.Contacts.Count(contact => contact.PersonId == person.Id && contact.Outcome == null && contact.StartsAt <= now),
                FailuresWithoutDecision = db.Orders.Where(order => order.PersonId == person.Id).SelectMany(failuresWithoutDecision).Count(),
                BreachInProgress = db.Orders.Where(order => order.PersonId == person.Id).SelectMany(order => order.Decisions).Any(breachInProgress),
                RequirementsNotStarted = db.Orders
                    .Where(order => order.PersonId == person.Id && order.ActualEndDate == null && order.SentenceDate < sentencedBefore)
                    .SelectMany(order => order.Requirements)
                    .Count(requirement => requirement.Status == RequirementStatus.AwaitingStart),
                OverdueActions = db.ManagementOversight.Where(entry => entry.PersonId == person.Id)
                    .SelectMany(entry => entry.Actions)
                    .Count(action => action.CompletedOn == null && action.DueOn < today),
                Allocations = person.Allocations.Count,
            })
            .ToListAsync(cancellationToken);

        return new TeamCaseloadPage(
            rows.Select(row => new TeamCaseloadRow(
                    row.Id, row.Crn.Value, $"{row.FirstName} {row.LastName}", row.ResponsibleOfficerId, row.OfficerName ?? "",
                    row.Rosh, row.OutcomesNotRecorded, row.FailuresWithoutDecision, row.BreachInProgress, row.RequirementsNotStarted,
                    row.OverdueActions, Math.Max(0, row.Allocations - 1)))
                .ToList(),
            total,
            pageNumber,
            PageSize);
    }
}
