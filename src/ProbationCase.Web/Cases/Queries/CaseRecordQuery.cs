using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

public sealed record RiskChange(DateTimeOffset ChangedAt, string ChangedBy, string Reason, RiskAssessment Assessment);

/// <summary>One requirement with its progress: RAR days from the ledger, unpaid work hours, programme sessions.</summary>
public sealed record RequirementSummary(
    Guid Id,
    RequirementType Type,
    RequirementStatus Status,
    DateOnly? StartDate,
    string? Detail,
    RarProgress? Rar,
    UnpaidWorkProgress? UnpaidWork,
    int? SessionsAttended,
    int? SessionsRequired);

public sealed record OrderSummary(
    Guid Id,
    OrderType Type,
    string SentencingCourt,
    DateOnly SentenceDate,
    DateOnly StartDate,
    DateOnly ExpectedEndDate,
    DateOnly? ActualEndDate,
    TerminationReason? TerminationReason,
    IReadOnlyList<string> Offences,
    ComplianceStatus Compliance,
    FirstAppointment? FirstAppointment,
    IReadOnlyList<RequirementSummary> Requirements);

public sealed record CaseRecord(
    PersonOnProbation Person,
    string? ResponsibleOfficer,
    string? Team,
    IReadOnlyList<RiskChange> RiskHistory,
    IReadOnlyList<OrderSummary> Orders);

/// <summary>
/// The case record overview: one person, their risk history and their orders with progress and
/// compliance worked out by the domain (RAR ledger, unpaid work progress, ComplianceOn).
/// Reads one aggregate at a time, so a handful of queries whatever the size of the case.
/// </summary>
public sealed class CaseRecordQuery(ProbationCaseDbContext db, CaseDeadlinesSource deadlinesSource, TimeProvider clock)
{
    public async Task<CaseRecord?> GetAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking()
            .Include(p => p.RiskHistory)
            .SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var officer = person.ResponsibleOfficerId is { } officerId
            ? await db.Staff.Where(s => s.Id == officerId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var team = person.TeamId is { } teamId
            ? await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
            : null;

        var changedByIds = person.RiskHistory.Select(entry => entry.ChangedBy).Distinct().ToList();
        var names = await db.Staff.Where(s => changedByIds.Contains(s.Id)).Select(s => new { s.Id, s.Name })
            .Concat(db.Users.Where(u => changedByIds.Contains(u.Id)).Select(u => new { u.Id, Name = u.DisplayName }))
            .ToListAsync(cancellationToken);
        var nameOf = names.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First().Name);
        var riskHistory = person.RiskHistory
            .OrderByDescending(entry => entry.ChangedAt)
            .Select(entry => new RiskChange(entry.ChangedAt, nameOf.GetValueOrDefault(entry.ChangedBy, "Unknown"), entry.Reason, entry.Assessment))
            .ToList();

        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.PersonId == personId)
            .Include(o => o.Offences)
            .Include(o => o.Requirements).ThenInclude(r => ((UnpaidWorkRequirement)r).Sessions)
            .Include(o => o.Requirements).ThenInclude(r => ((UnpaidWorkRequirement)r).StandDowns)
            .Include(o => o.Failures)
            .Include(o => o.Warnings)
            .Include(o => o.Decisions)
            .AsSplitQuery()
            .OrderByDescending(o => o.SentenceDate)
            .ToListAsync(cancellationToken);

        var rarIds = orders.Select(o => o.Rar?.Id).OfType<Guid>().ToList();
        var rarContacts = rarIds.Count == 0
            ? []
            : await db.Contacts.AsNoTracking()
                .Where(c => c.RequirementId != null && rarIds.Contains(c.RequirementId.Value))
                .ToListAsync(cancellationToken);

        // [measure] SL003: the current order's first appointment, as the case summary worked it out.
        var firstAppointment = await db.CaseSummaries.AsNoTracking()
            .Where(summary => summary.PersonId == personId && summary.FirstAppointmentDueBy != null)
            .Select(summary => new { summary.OrderId, DueBy = summary.FirstAppointmentDueBy!.Value, summary.FirstSeenOn })
            .SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = LondonClock.DateOf(now);
        var policy = deadlinesSource.Policy;
        var summaries = orders.Select(order => new OrderSummary(
            order.Id,
            order.Type,
            order.SentencingCourt,
            order.SentenceDate,
            order.StartDate,
            order.ExpectedEndDate,
            order.ActualEndDate,
            order.TerminationReason,
            order.Offences.Select(offence => offence.Description).ToList(),
            order.ComplianceOn(today),
            firstAppointment?.OrderId == order.Id ? FirstAppointment.Of(firstAppointment.DueBy, firstAppointment.FirstSeenOn, today) : null,
            order.Requirements.OrderBy(r => r.Type).Select(requirement => requirement switch
            {
                RarRequirement => new RequirementSummary(requirement.Id, requirement.Type, requirement.Status, requirement.StartDate, null,
                    RarLedger.Calculate(order, rarContacts.Where(c => c.OrderId == order.Id), now, policy), null, null, null),
                UnpaidWorkRequirement unpaidWork => new RequirementSummary(requirement.Id, requirement.Type, requirement.Status, requirement.StartDate, null,
                    null, unpaidWork.Progress(order.SentenceDate, today, policy), null, null),
                AccreditedProgrammeRequirement programme => new RequirementSummary(requirement.Id, requirement.Type, requirement.Status, requirement.StartDate,
                    programme.ProgrammeName, null, null, programme.SessionsAttended, programme.SessionsRequired),
                GeneralRequirement general => new RequirementSummary(requirement.Id, requirement.Type, requirement.Status, requirement.StartDate,
                    general.Details, null, null, null, null),
                _ => new RequirementSummary(requirement.Id, requirement.Type, requirement.Status, requirement.StartDate, null, null, null, null, null),
            }).ToList())).ToList();

        return new CaseRecord(person, officer, team, riskHistory, summaries);
    }
}
