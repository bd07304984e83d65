using System.Linq.Expressions;
using ProbationCase.Domain.Orders;

namespace ProbationCase.Domain.Enforcement;

/// <summary>
/// The enforcement states of DOMAIN.md §9 as expressions, so dashboards count them in SQL with the same
/// meaning the aggregate uses (<see cref="EnforcementDecision.IsBreachInProgress"/>, <c>Order.IsDealtWith</c>).
/// </summary>
public static class EnforcementQueries
{
    // [DOMAIN.md §9] a breach is in progress from referral until rejected or the court's outcome is recorded.
    public static Expression<Func<EnforcementDecision, bool>> BreachInProgress { get; } = decision =>
        decision.Kind == EnforcementDecisionKind.Breach
        && decision.Status != EnforcementDecisionStatus.Rejected
        && decision.CourtOutcomeOn == null;

    // [statute: CJA 2003 Sch 8 para 5–6] a failure with no warning and no pending or approved decision still needs one.
    public static Expression<Func<Order, IEnumerable<UnacceptableFailure>>> FailuresWithoutDecision { get; } = order =>
        order.Failures.Where(failure =>
            !order.Warnings.Any(warning => warning.FailureId == failure.Id)
            && !order.Decisions.Any(decision => decision.FailureId == failure.Id && decision.Status != EnforcementDecisionStatus.Rejected));
}
