using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Spo;

/// <summary>A breach referral or decision not to breach, as the SPO reviews it [DOMAIN.md §9].</summary>
public sealed record DecisionRow(
    Guid DecisionId,
    Guid OrderId,
    Guid PersonId,
    string Name,
    Crn Crn,
    EnforcementDecisionKind Kind,
    EnforcementDecisionStatus Status,
    string Rationale,
    string ReferredByName,
    Guid ReferredBy,
    DateTimeOffset ReferredAt,
    DateOnly FailureOn,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? DecisionRationale);

/// <summary>An acceptable absence on professional judgement, for the SPO to review [DOMAIN.md §3, §9].</summary>
public sealed record ProfessionalJudgementAbsence(Guid ContactId, Guid PersonId, string Name, string Crn, DateTimeOffset StartsAt, string? Rationale, bool? EvidenceSeen, string RecordedByName);

/// <summary>Reads for the approvals pages: team cases only, through <see cref="SpoTeam.Cases"/>.</summary>
public sealed class ApprovalQueries(ProbationCaseDbContext db, SpoTeam spoTeam, TimeProvider clock)
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
        from order in db.Orders.AsNoTracking()
        join person in people on order.PersonId equals person.Id
        from decision in order.Decisions
        select new DecisionRow(
            decision.Id,
            order.Id,
            person.Id,
            person.FirstName + " " + person.LastName,
            person.Crn,
            decision.Kind,
            decision.Status,
            decision.Rationale,
            db.Staff.Where(member => member.Id == decision.ReferredBy).Select(member => member.Name).FirstOrDefault() ?? "",
            decision.ReferredBy,
            decision.ReferredAt,
            order.Failures.Where(failure => failure.Id == decision.FailureId).Select(failure => failure.OccurredOn).FirstOrDefault(),
            db.Staff.Where(member => member.Id == decision.DecidedBy).Select(member => member.Name).FirstOrDefault(),
            decision.DecidedAt,
            decision.DecisionRationale);
}
