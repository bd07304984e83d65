using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
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

/// <summary>A failure in the order's 12-month window, with the contact it arose from and what was done about it.</summary>
public sealed record FailureInWindow(
    Guid FailureId,
    DateOnly OccurredOn,
    Guid ContactId,
    ContactType? ContactType,
    ContactOutcome? Outcome,
    DateOnly? WarningGivenOn,
    EnforcementDecisionKind? DecisionKind,
    EnforcementDecisionStatus? DecisionStatus,
    bool NeedsDecision);

/// <summary>A warning still live today: the day given and the last day a further failure counts against it.</summary>
public sealed record WarningInWindow(DateOnly GivenOn, DateOnly WindowEndsOn);

/// <summary>A booked contact, for the overview's next appointment and its outcomes still to record.</summary>
public sealed record BookedContact(Guid ContactId, DateTimeOffset StartsAt, ContactType Type);

/// <summary>
/// The top of the overview, in the Manage People on Probation pattern: every figure read from the case summary and
/// judged for today by <see cref="CaseloadWarnings"/>, the same rules the caseload lists use.
/// </summary>
public sealed record CaseAtAGlance(
    BookedContact? NextAppointment,
    DateTimeOffset? LastFaceToFace,
    DateOnly? PlanDueOn,
    DateOnly? PlanSignedOffOn,
    bool PlanOverdue,
    bool PlanDueSoon,
    DateOnly? ReviewDueOn,
    bool ReviewDue,
    int OutcomesToRecord,
    IReadOnlyList<BookedContact> OutcomesToRecordFirst,
    int FailuresNeedingDecision,
    bool BreachInProgress,
    int DecisionsAwaitingApproval,
    Guid? CurrentOrderId);

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
    IReadOnlyList<RequirementSummary> Requirements,
    OrderTimeElapsed TimeElapsed,
    IReadOnlyList<FailureInWindow> Failures,
    IReadOnlyList<WarningInWindow> Warnings);

public sealed record CaseRecord(
    PersonOnProbation Person,
    string? ResponsibleOfficer,
    string? Team,
    IReadOnlyList<RiskChange> RiskHistory,
    IReadOnlyList<OrderSummary> Orders,
    CaseAtAGlance? AtAGlance)
{
    public OrderSummary? CurrentOrder => Orders.FirstOrDefault(order => order.Id == AtAGlance?.CurrentOrderId);
}

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
        var atAGlance = await AtAGlanceAsync(personId, now, cancellationToken);

        // The contacts the failures in each order's window arose from: type and outcome, for the compliance panel.
        var failureContactIds = orders.SelectMany(order => order.FailuresInWindow(today)).Select(failure => failure.ContactId).ToList();
        var failureContacts = failureContactIds.Count == 0
            ? []
            : await db.Contacts.AsNoTracking()
                .Where(c => c.PersonId == personId && failureContactIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Type, c.Outcome })
                .ToDictionaryAsync(c => c.Id, cancellationToken);
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
            }).ToList(),
            order.TimeElapsedOn(today),
            order.FailuresInWindow(today).Select(failure =>
            {
                var decision = order.DecisionOn(failure.Id);
                var contact = failureContacts.GetValueOrDefault(failure.ContactId);
                return new FailureInWindow(
                    failure.Id, failure.OccurredOn, failure.ContactId, contact?.Type, contact?.Outcome,
                    order.WarningFor(failure.Id)?.GivenOn, decision?.Kind, decision?.Status, order.FailureNeedsDecision(failure, today));
            }).ToList(),
            order.LiveWarnings(today).Select(warning => new WarningInWindow(warning.GivenOn, warning.WindowEndsOn)).ToList())).ToList();

        return new CaseRecord(person, officer, team, riskHistory, summaries, atAGlance);
    }

    /// <summary>The case summary's figures for today, judged by <see cref="CaseloadWarnings"/>; null before the case is summarised.</summary>
    private async Task<CaseAtAGlance?> AtAGlanceAsync(Guid personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var summary = await db.CaseSummaries.AsNoTracking().SingleOrDefaultAsync(s => s.PersonId == personId, cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var day = CaseloadDay.At(now);
        var next = CaseloadWarnings.NextAppointmentRule.Of(summary, day);
        var outcomesToRecord = CaseloadWarnings.OutcomesNotRecordedRule.Of(summary, day);
        // Which contacts those are: the same test as a query [DOMAIN.md §3], the oldest first, a few for the panel.
        var waiting = outcomesToRecord == 0
            ? []
            : await db.Contacts.AsNoTracking()
                .Where(c => c.PersonId == personId)
                .Where(Contact.OutcomeNotRecordedBy(now))
                .OrderBy(c => c.StartsAt)
                .Take(5)
                .Select(c => new BookedContact(c.Id, c.StartsAt, c.Type))
                .ToListAsync(cancellationToken);
        var nextContact = next is { } startsAt
            ? await db.Contacts.AsNoTracking()
                .Where(c => c.PersonId == personId && c.Outcome == null && c.StartsAt == startsAt)
                .OrderBy(c => c.Id)
                .Select(c => new BookedContact(c.Id, c.StartsAt, c.Type))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return new CaseAtAGlance(
            nextContact,
            summary.LastFaceToFace,
            summary.PlanDueOn,
            summary.PlanSignedOffOn,
            CaseloadWarnings.Has(summary, CaseloadWarning.PlanOverdue, day),
            CaseloadWarnings.Has(summary, CaseloadWarning.PlanDue, day),
            summary.ReviewDueOn,
            CaseloadWarnings.Has(summary, CaseloadWarning.ReviewDue, day),
            outcomesToRecord,
            waiting,
            CaseloadWarnings.FailuresNeedingDecisionRule.Of(summary, day),
            summary.BreachInProgress,
            summary.DecisionsAwaitingApproval,
            summary.OrderId);
    }
}
