using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Spo;

/// <summary>A breach referral or decision not to breach, as the SPO reviews it [DOMAIN.md §9].</summary>
public sealed record DecisionRow
{
    public Guid DecisionId { get; init; }

    public Guid OrderId { get; init; }

    public Guid PersonId { get; init; }

    public string Name { get; init; } = null!;

    public Crn Crn { get; init; } = null!;

    public EnforcementDecisionKind Kind { get; init; }

    public EnforcementDecisionStatus Status { get; init; }

    public string Rationale { get; init; } = null!;

    public string ReferredByName { get; init; } = null!;

    public Guid ReferredBy { get; init; }

    public DateTimeOffset ReferredAt { get; init; }

    public DateOnly FailureOn { get; init; }

    public string? DecidedByName { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? DecisionRationale { get; init; }
}

/// <summary>An acceptable absence on professional judgement, for the SPO to review [DOMAIN.md §3, §9].</summary>
public sealed record ProfessionalJudgementAbsence(Guid ContactId, Guid PersonId, string Name, string Crn, DateTimeOffset StartsAt, string? Rationale, bool? EvidenceSeen, string RecordedByName);

/// <summary>
/// An approved breach whose pack is not with the court: due, overdue (past [policy] 10 business days from
/// approval) or returned as incomplete [DOMAIN.md §9; seed 004].
/// </summary>
public sealed record BreachPackRow(Guid PersonId, Guid OrderId, Guid DecisionId, string Name, string Crn, DateOnly ApprovedOn, DateOnly Due, bool IsOverdue, DateOnly? ReturnedOn, string? ReturnReason);

/// <summary>Reads for the approvals pages: team cases only, through <see cref="SpoTeam.Cases"/>.</summary>
public sealed class ApprovalQueries(ProbationCaseDbContext db, SpoTeam spoTeam, TimeProvider clock, Cases.Queries.CaseDeadlinesSource deadlines)
{
    /// <summary>[policy] professional-judgement absences are listed for review for this many days after they happen.</summary>
    public const int AbsenceReviewDays = 90;

    public async Task<IReadOnlyList<DecisionRow>> PendingAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        await Decisions(teamId)
            .Where(row => row.Status == EnforcementDecisionStatus.PendingApproval)
            .OrderBy(row => row.ReferredAt)
            .Take(200)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DecisionRow>> RecentlyDecidedAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        await Decisions(teamId)
            .Where(row => row.Status != EnforcementDecisionStatus.PendingApproval)
            .OrderByDescending(row => row.DecidedAt)
            .Take(20)
            .ToListAsync(cancellationToken);

    public async Task<DecisionRow?> DecisionAsync(Guid teamId, Guid decisionId, CancellationToken cancellationToken = default) =>
        await Decisions(teamId).SingleOrDefaultAsync(row => row.DecisionId == decisionId, cancellationToken);

    /// <summary>Breach packs the team owes the court, most urgent first.</summary>
    public async Task<IReadOnlyList<BreachPackRow>> BreachPacksDueAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from person in spoTeam.Cases(teamId)
            from order in db.Orders.AsNoTracking().Where(order => order.PersonId == person.Id)
            from decision in order.Decisions
            where decision.Kind == EnforcementDecisionKind.Breach && decision.Status == EnforcementDecisionStatus.Approved
                && decision.CourtOutcomeOn == null && (decision.SentToCourtOn == null || decision.ReturnedOn != null)
            orderby decision.DecidedAt
            select new { person.Id, OrderId = order.Id, DecisionId = decision.Id, person.FirstName, person.LastName, person.Crn, decision.DecidedAt, decision.ReturnedOn, decision.ReturnReason })
            .Take(200)
            .ToListAsync(cancellationToken);
        var calendar = await deadlines.GetAsync(cancellationToken);
        var today = Domain.Calendar.LondonClock.Today(clock);
        return rows
            .Select(row =>
            {
                var approvedOn = Domain.Calendar.LondonClock.DateOf(row.DecidedAt!.Value);
                var due = calendar.BreachPackDue(approvedOn);
                return new BreachPackRow(row.Id, row.OrderId, row.DecisionId, $"{row.FirstName} {row.LastName}", row.Crn.Value, approvedOn, due, today > due, row.ReturnedOn, row.ReturnReason);
            })
            .OrderByDescending(row => row.ReturnedOn is not null)
            .ThenBy(row => row.Due)
            .ToList();
    }

    public async Task<IReadOnlyList<ProfessionalJudgementAbsence>> ProfessionalJudgementAbsencesAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddDays(-AbsenceReviewDays);
        var rows = await db.Contacts.AsNoTracking()
            .Where(contact => contact.Outcome == ContactOutcome.AcceptableAbsence
                && contact.AbsenceReason == AcceptableAbsenceReason.ProfessionalJudgement
                && contact.StartsAt >= since)
            .Join(spoTeam.Cases(teamId), contact => contact.PersonId, person => person.Id, (contact, person) => new
            {
                contact.Id,
                PersonId = person.Id,
                person.FirstName,
                person.LastName,
                person.Crn,
                contact.StartsAt,
                contact.AbsenceRationale,
                contact.AbsenceEvidenceSeen,
                RecordedBy = db.Staff.Where(member => member.Id == contact.OutcomeRecordedBy).Select(member => member.Name).FirstOrDefault(),
            })
            .OrderByDescending(row => row.StartsAt)
            .Take(100)
            .ToListAsync(cancellationToken);
        return rows.Select(row => new ProfessionalJudgementAbsence(row.Id, row.PersonId, $"{row.FirstName} {row.LastName}", row.Crn.Value, row.StartsAt, row.AbsenceRationale, row.AbsenceEvidenceSeen, row.RecordedBy ?? "")).ToList();
    }

    /// <summary>Every enforcement decision on one case, newest first: what the RO sees on the case [DOMAIN.md §9].</summary>
    public async Task<IReadOnlyList<DecisionRow>> ForCaseAsync(Guid personId, CancellationToken cancellationToken = default) =>
        await DecisionsOf(db.People.AsNoTracking().Where(person => person.Id == personId))
            .OrderByDescending(row => row.ReferredAt)
            .ToListAsync(cancellationToken);

    private IQueryable<DecisionRow> Decisions(Guid teamId) => DecisionsOf(spoTeam.Cases(teamId));

    private IQueryable<DecisionRow> DecisionsOf(IQueryable<Domain.People.PersonOnProbation> people) =>
        from person in people
        from order in db.Orders.AsNoTracking().Where(order => order.PersonId == person.Id)
        from decision in order.Decisions
        select new DecisionRow
        {
            DecisionId = decision.Id,
            OrderId = order.Id,
            PersonId = person.Id,
            Name = person.FirstName + " " + person.LastName,
            Crn = person.Crn,
            Kind = decision.Kind,
            Status = decision.Status,
            Rationale = decision.Rationale,
            ReferredByName = db.Staff.Where(member => member.Id == decision.ReferredBy).Select(member => member.Name).FirstOrDefault() ?? "",
            ReferredBy = decision.ReferredBy,
            ReferredAt = decision.ReferredAt,
            FailureOn = order.Failures.Where(failure => failure.Id == decision.FailureId).Select(failure => failure.OccurredOn).FirstOrDefault(),
            DecidedByName = db.Staff.Where(member => member.Id == decision.DecidedBy).Select(member => member.Name).FirstOrDefault(),
            DecidedAt = decision.DecidedAt,
            DecisionRationale = decision.DecisionRationale,
        };
}
