using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

public sealed record OutcomeDue(Guid PersonId, string Name, string Crn, Guid ContactId, DateTimeOffset StartsAt, ContactType Type);

public sealed record EnforcementDue(Guid PersonId, string Name, string Crn, Guid OrderId, Guid FailureId, DateOnly OccurredOn, RequiredEnforcementAction RequiredAction);

public sealed record BreachAwaitingApproval(Guid PersonId, string Name, string Crn, Guid OrderId, Guid DecisionId, DateTimeOffset ReferredAt);

public sealed record PlanDueThisWeek(Guid PersonId, string Name, string Crn, Guid OrderId, DateOnly DueOn);

public sealed record OfficerQueues(
    IReadOnlyList<OutcomeDue> OutcomesNotRecorded,
    int OutcomesNotRecordedTotal,
    IReadOnlyList<EnforcementDue> EnforcementDecisionsDue,
    IReadOnlyList<BreachAwaitingApproval> BreachesAwaitingApproval,
    DateOnly WeekStarting,
    DateOnly WeekEnding,
    IReadOnlyList<PlanDueThisWeek> PlansDueThisWeek);

/// <summary>
/// An officer's work queues over their caseload (from <see cref="CaseAccess.VisiblePeople"/>): outcomes
/// not recorded [DOMAIN.md §3], enforcement decisions due and breaches awaiting the SPO [§9], and
/// sentence plans falling due this Monday-to-Sunday London week [§7].
/// </summary>
public sealed class OfficerQueuesQuery(ProbationCaseDbContext db, CaseAccess access, CaseDeadlinesSource deadlinesSource, TimeProvider clock)
{
    public const int OutcomesShown = 100;

    public async Task<OfficerQueues> GetAsync(Guid staffId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = LondonClock.DateOf(now);
        var deadlines = await deadlinesSource.GetAsync(cancellationToken);
        var caseload = access.VisiblePeople().Where(p => p.ResponsibleOfficerId == staffId);

        var notRecorded = db.Contacts.AsNoTracking()
            .Where(CaseloadWarningRules.OutcomeNotRecorded(now))
            .Join(caseload, c => c.PersonId, p => p.Id, (c, p) => new { Contact = c, Person = p });
        var outcomesTotal = await notRecorded.CountAsync(cancellationToken);
        var outcomes = await notRecorded
            .OrderBy(x => x.Contact.StartsAt)
            .Take(OutcomesShown)
            .Select(x => new OutcomeDue(x.Person.Id, x.Person.FirstName + " " + x.Person.LastName, x.Person.Crn.Value, x.Contact.Id, x.Contact.StartsAt, x.Contact.Type))
            .ToListAsync(cancellationToken);

        // [statute: CJA 2003 Sch 8 para 5–6] failures still needing a warning or a decision: orders found in
        // the database by the domain's rule, each failure then checked by the same rule.
        var ordersWithFailures = await db.Orders.AsNoTracking()
            .Where(o => caseload.Any(p => p.Id == o.PersonId))
            .Where(CaseloadWarningRules.HasFailureWithoutDecision(today))
            .Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var breaches = await db.Orders.AsNoTracking()
            .Where(o => caseload.Any(p => p.Id == o.PersonId))
            .SelectMany(o => o.Decisions
                .Where(d => d.Kind == EnforcementDecisionKind.Breach && d.Status == EnforcementDecisionStatus.PendingApproval)
                .Select(d => new { o.PersonId, OrderId = o.Id, DecisionId = d.Id, d.ReferredAt }))
            .ToListAsync(cancellationToken);

        // [measure] SL006: plans due this week are those whose first attended appointment falls in the matching window.
        var (monday, sunday) = CaseloadWarningCutoffs.WeekOf(today);
        var fromInstant = CaseloadWarningCutoffs.StartOfNextLondonDay(CaseloadWarningCutoffs.LastStartDueBefore(deadlines.SentencePlanDue, monday));
        var beforeInstant = CaseloadWarningCutoffs.StartOfNextLondonDay(CaseloadWarningCutoffs.LastStartDueBefore(deadlines.SentencePlanDue, sunday.AddDays(1)));
        var attended = CaseloadWarningRules.AttendedFaceToFace;
        var planCandidates = await db.Orders.AsNoTracking()
            .Where(o => o.ActualEndDate == null && caseload.Any(p => p.Id == o.PersonId))
            .Where(o => !db.SentencePlans.Any(plan => plan.OrderId == o.Id && plan.SignedOffAt != null))
            .Select(o => new
            {
                o.PersonId,
                OrderId = o.Id,
                FirstAttended = db.Contacts.Where(c => c.OrderId == o.Id).Where(attended).Min(c => (DateTimeOffset?)c.StartsAt),
            })
            .Where(x => x.FirstAttended >= fromInstant && x.FirstAttended < beforeInstant)
            .ToListAsync(cancellationToken);

        var personIds = ordersWithFailures.Select(o => o.PersonId)
            .Concat(breaches.Select(b => b.PersonId))
            .Concat(planCandidates.Select(p => p.PersonId))
            .Distinct().ToList();
        var people = await caseload.Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.FirstName + " " + p.LastName, Crn = p.Crn.Value })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var enforcement = ordersWithFailures
            .SelectMany(order => order.Failures
                .Where(failure => CaseloadWarningRules.NeedsDecision(order, failure, today))
                .Select(failure => new EnforcementDue(order.PersonId, people[order.PersonId].Name, people[order.PersonId].Crn, order.Id, failure.Id, failure.OccurredOn, failure.RequiredAction)))
            .OrderBy(due => due.OccurredOn)
            .ToList();
        var awaiting = breaches
            .Select(b => new BreachAwaitingApproval(b.PersonId, people[b.PersonId].Name, people[b.PersonId].Crn, b.OrderId, b.DecisionId, b.ReferredAt))
            .OrderBy(b => b.ReferredAt)
            .ToList();
        var plans = planCandidates
            .Select(p => new PlanDueThisWeek(p.PersonId, people[p.PersonId].Name, people[p.PersonId].Crn, p.OrderId, deadlines.SentencePlanDue(LondonClock.DateOf(p.FirstAttended!.Value))))
            .OrderBy(p => p.DueOn)
            .ToList();

        return new OfficerQueues(outcomes, outcomesTotal, enforcement, awaiting, monday, sunday, plans);
    }
}
