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

    public Guid FailureId { get; init; }

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

/// <summary>An approved breach whose pack the team owes the court, as the database reads it.</summary>
public sealed class BreachPackOwed
{
    public Guid PersonId { get; init; }

    public Guid OrderId { get; init; }

    public Guid DecisionId { get; init; }

    public string FirstName { get; init; } = null!;

    public string LastName { get; init; } = null!;

    public Crn Crn { get; init; } = null!;

    public DateTimeOffset? DecidedAt { get; init; }

    public DateOnly? ReturnedOn { get; init; }

    public string? ReturnReason { get; init; }
}

/// <summary>The professional-judgement absence an SPO is reviewing, and whose case it is on.</summary>
public sealed record AbsenceUnderReview(Guid ContactId, Guid OrderId, Guid PersonId, string Name, string Crn);

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

    /// <summary>The team's decisions awaiting an SPO: the queue, and the count on the SPO's home.</summary>
    public IQueryable<DecisionRow> Pending(Guid teamId) =>
        Decisions(teamId).Where(row => row.Status == EnforcementDecisionStatus.PendingApproval);

    public async Task<IReadOnlyList<DecisionRow>> PendingAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        await Pending(teamId)
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

    /// <summary>
    /// [DOMAIN.md §9; seed 004] approved breaches whose pack the team owes the court: not sent, or returned, and no
    /// court outcome. The queue on the approvals page, and the count on the SPO's home.
    /// </summary>
    public IQueryable<BreachPackOwed> BreachPacksOwed(Guid teamId) =>
        from person in spoTeam.Cases(teamId)
        from order in db.Orders.AsNoTracking().Where(order => order.PersonId == person.Id)
        from decision in order.Decisions
        where decision.Kind == EnforcementDecisionKind.Breach && decision.Status == EnforcementDecisionStatus.Approved
            && decision.CourtOutcomeOn == null && (decision.SentToCourtOn == null || decision.ReturnedOn != null)
        select new BreachPackOwed
        {
            PersonId = person.Id,
            OrderId = order.Id,
            DecisionId = decision.Id,
            FirstName = person.FirstName,
            LastName = person.LastName,
            Crn = person.Crn,
            DecidedAt = decision.DecidedAt,
            ReturnedOn = decision.ReturnedOn,
            ReturnReason = decision.ReturnReason,
        };

    /// <summary>Breach packs the team owes the court, most urgent first.</summary>
    public async Task<IReadOnlyList<BreachPackRow>> BreachPacksDueAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var rows = await BreachPacksOwed(teamId)
            .OrderBy(row => row.DecidedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var calendar = await deadlines.GetAsync(cancellationToken);
        var today = Domain.Calendar.LondonClock.Today(clock);
        return rows
            .Select(row =>
            {
                var approvedOn = Domain.Calendar.LondonClock.DateOf(row.DecidedAt!.Value);
                var due = calendar.BreachPackDue(approvedOn);
                return new BreachPackRow(row.PersonId, row.OrderId, row.DecisionId, $"{row.FirstName} {row.LastName}", row.Crn.Value, approvedOn, due, today > due, row.ReturnedOn, row.ReturnReason);
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

    /// <summary>One acceptable absence on professional judgement on a team case, for the SPO to review [DOMAIN.md §3, §9].</summary>
    public async Task<AbsenceUnderReview?> AbsenceAsync(Guid teamId, Guid personId, Guid contactId, CancellationToken cancellationToken = default)
    {
        var row = await db.Contacts.AsNoTracking()
            .Where(contact => contact.Id == contactId && contact.PersonId == personId
                && contact.Outcome == ContactOutcome.AcceptableAbsence
                && contact.AbsenceReason == AcceptableAbsenceReason.ProfessionalJudgement)
            .Join(spoTeam.Cases(teamId), contact => contact.PersonId, person => person.Id, (contact, person) => new
            {
                contact.Id, contact.OrderId, PersonId = person.Id, person.FirstName, person.LastName, person.Crn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new AbsenceUnderReview(row.Id, row.OrderId, row.PersonId, $"{row.FirstName} {row.LastName}", row.Crn.Value);
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
            FailureId = decision.FailureId,
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
