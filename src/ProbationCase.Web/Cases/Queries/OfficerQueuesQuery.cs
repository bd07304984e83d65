using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Caseload;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>A case in one of an officer's queues, with how many things wait on it and since when.</summary>
public sealed record QueuedCase(Guid PersonId, string Name, string Crn, int Count, DateTimeOffset? Since, DateOnly? On);

public sealed record OfficerQueues(
    IReadOnlyList<QueuedCase> OutcomesNotRecorded,
    int OutcomesNotRecordedTotal,
    IReadOnlyList<QueuedCase> EnforcementDecisionsDue,
    IReadOnlyList<QueuedCase> BreachesAwaitingApproval,
    DateOnly WeekStarting,
    DateOnly WeekEnding,
    IReadOnlyList<QueuedCase> PlansDueThisWeek);

/// <summary>
/// An officer's work queues over their caseload, read from the case summaries with the caseload's own warnings
/// (<see cref="CaseloadWarnings"/>): outcomes not recorded [DOMAIN.md §3], failures needing a warning or decision
/// and breaches awaiting the SPO [§9], and sentence plans falling due this Monday-to-Sunday London week [§7].
/// One statement: every case on the caseload with something queued, with what is queued on it.
/// </summary>
public sealed class OfficerQueuesQuery(CaseAccess access, TimeProvider clock)
{
    public async Task<OfficerQueues> GetAsync(Guid staffId, CancellationToken cancellationToken = default)
    {
        var day = CaseloadDay.At(clock.GetUtcNow());
        var (monday, sunday) = day.Week;
        var outcomes = CaseloadWarnings.OutcomesNotRecorded(day);
        var failures = CaseloadWarnings.FailuresNeedingDecision(day);
        var oldestFailure = CaseloadWarnings.OldestFailureNeedingDecision(day);
        var outcomeNotRecorded = CaseloadWarnings.For(CaseloadWarning.OutcomeNotRecorded, day);
        var failureWithoutDecision = CaseloadWarnings.For(CaseloadWarning.FailureWithoutDecision, day);
        var planDueThisWeek = CaseloadWarnings.PlanDueThisWeek.On(day);

        var queued = await access.VisibleSummaries()
            .Where(CaseloadWarnings.OnCaseload(day))
            .Where(s => s.ResponsibleOfficerId == staffId && s.AllocationStatus == AllocationStatus.Allocated)
            .Where(ExpressionInlining.Inline<Func<CaseSummary, bool>>(s => s.Satisfies(outcomeNotRecorded)
                || s.Satisfies(failureWithoutDecision)
                || s.BreachAwaitingApprovalSince != null
                || s.Satisfies(planDueThisWeek)))
            .Select(ExpressionInlining.Inline<Func<CaseSummary, Queued>>(s => new Queued
            {
                PersonId = s.PersonId,
                Name = s.FirstName + " " + s.LastName,
                Crn = s.Crn,
                OutcomesNotRecorded = s.Evaluate(outcomes),
                OldestOutcome = s.EarliestBookingWithoutOutcome,
                FailuresNeedingDecision = s.Evaluate(failures),
                OldestFailure = s.Evaluate(oldestFailure),
                BreachReferredAt = s.BreachAwaitingApprovalSince,
                PlanDueOn = s.PlanSignedOffOn == null ? s.PlanDueOn : null,
                PlanDueThisWeek = s.Satisfies(planDueThisWeek),
            }))
            .ToListAsync(cancellationToken);

        var outcomeCases = queued.Where(q => q.OutcomesNotRecorded > 0)
            .OrderBy(q => q.OldestOutcome)
            .Select(q => new QueuedCase(q.PersonId, q.Name, q.Crn, q.OutcomesNotRecorded, q.OldestOutcome, null))
            .ToList();
        var enforcement = queued.Where(q => q.FailuresNeedingDecision > 0)
            .OrderBy(q => q.OldestFailure)
            .Select(q => new QueuedCase(q.PersonId, q.Name, q.Crn, q.FailuresNeedingDecision, null, q.OldestFailure))
            .ToList();
        var breaches = queued.Where(q => q.BreachReferredAt is not null)
            .OrderBy(q => q.BreachReferredAt)
            .Select(q => new QueuedCase(q.PersonId, q.Name, q.Crn, 1, q.BreachReferredAt, null))
            .ToList();
        var plans = queued.Where(q => q.PlanDueThisWeek)
            .OrderBy(q => q.PlanDueOn)
            .Select(q => new QueuedCase(q.PersonId, q.Name, q.Crn, 1, null, q.PlanDueOn))
            .ToList();
        return new OfficerQueues(outcomeCases, outcomeCases.Sum(q => q.Count), enforcement, breaches, monday, sunday, plans);
    }

    private sealed class Queued
    {
        public Guid PersonId { get; init; }

        public string Name { get; init; } = "";

        public string Crn { get; init; } = "";

        public int OutcomesNotRecorded { get; init; }

        public DateTimeOffset? OldestOutcome { get; init; }

        public int FailuresNeedingDecision { get; init; }

        public DateOnly? OldestFailure { get; init; }

        public DateTimeOffset? BreachReferredAt { get; init; }

        public DateOnly? PlanDueOn { get; init; }

        public bool PlanDueThisWeek { get; init; }
    }
}
