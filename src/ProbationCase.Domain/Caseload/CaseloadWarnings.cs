using System.Linq.Expressions;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Caseload;

/// <summary>The things on a case that need the responsible officer's action, shown as tags on a caseload.</summary>
public enum CaseloadWarning
{
    OutcomeNotRecorded = 1,
    PlanOverdue = 2,
    PlanDue = 3,
    FirstAppointmentLate = 4,
    RequirementNotStarted = 5,
    FailureWithoutDecision = 6,
    ReviewDue = 7,
    RarBehindPace = 8,
    UnpaidWorkBehindPace = 9,
}

/// <summary>
/// The caseload warnings as expressions a query can filter and count on, so a caseload is warned,
/// filtered and paged in the database. Each states the same rule as the aggregate's own method
/// (tested to agree); business-day deadlines become plain dates through <see cref="CaseloadWarningCutoffs"/>.
/// </summary>
public static class CaseloadWarningRules
{
    /// <summary>[DOMAIN.md §3] booked time has passed and no outcome; as <see cref="Contact.IsOutcomeNotRecorded"/>.</summary>
    public static Expression<Func<Contact, bool>> OutcomeNotRecorded(DateTimeOffset now) =>
        contact => contact.Outcome == null && contact.StartsAt <= now;

    /// <summary>A booked contact still to come.</summary>
    public static Expression<Func<Contact, bool>> Upcoming(DateTimeOffset now) =>
        contact => contact.Outcome == null && contact.StartsAt > now;

    /// <summary>[seed 003 The basics] a face-to-face contact the person attended; as <see cref="MonthlyFaceToFace.CountsAsFaceToFace"/>.</summary>
    public static Expression<Func<Contact, bool>> AttendedFaceToFace { get; } =
        contact => contact.IsFaceToFace
            && (contact.Outcome == ContactOutcome.AttendedComplied
                || contact.Outcome == ContactOutcome.AttendedFailedToComply
                || contact.Outcome == ContactOutcome.AttendedSentHomeBehaviour
                || contact.Outcome == ContactOutcome.AttendedSentHomeServiceIssues);

    /// <summary>
    /// [statute: CJA 2003 Sch 8 para 5–6] an order with an unacceptable failure in the last 12 months that
    /// has had no warning and no pending or approved decision (a rejected decision reopens it), as Order's own "dealt with".
    /// </summary>
    public static Expression<Func<Order, bool>> HasFailureWithoutDecision(DateOnly today)
    {
        var windowStart = today.AddMonths(-Order.EnforcementWindowMonths);
        return order => order.Failures.Any(failure =>
            failure.OccurredOn > windowStart
            && !order.Warnings.Any(warning => warning.FailureId == failure.Id)
            && !order.Decisions.Any(decision => decision.FailureId == failure.Id && decision.Status != EnforcementDecisionStatus.Rejected));
    }

    /// <summary>The failures of an order that still need a warning or a decision; the per-failure form of <see cref="HasFailureWithoutDecision"/>.</summary>
    public static bool NeedsDecision(Order order, UnacceptableFailure failure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(failure);
        return failure.OccurredOn > today.AddMonths(-Order.EnforcementWindowMonths)
            && !order.Warnings.Any(warning => warning.FailureId == failure.Id)
            && !order.Decisions.Any(decision => decision.FailureId == failure.Id && decision.Status != EnforcementDecisionStatus.Rejected);
    }

    /// <summary>
    /// [seed 001 §2.23] a live order with a requirement still awaiting start 4 weeks after sentence;
    /// the "still to act on" half of <see cref="Requirement.IsNotStartedWithinTarget"/>.
    /// </summary>
    public static Expression<Func<Order, bool>> HasRequirementNotStarted(CaseloadWarningCutoffs cutoffs)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        var sentencedOnOrBefore = cutoffs.RequirementLateIfSentencedOnOrBefore;
        return order => order.ActualEndDate == null
            && order.SentenceDate <= sentencedOnOrBefore
            && order.Requirements.Any(requirement => requirement.Status == RequirementStatus.AwaitingStart);
    }

    /// <summary>
    /// [seed 000 §3.3 (Huddersfield), DOMAIN.md §4; policy margin] a live order whose unfinished RAR trails
    /// pro-rata pace, as <see cref="RarLedger"/>'s <c>Pace.IsBehind</c>: activity days are the distinct
    /// London dates (<see cref="LondonClock.DateOf"/>, mapped to SQL by the DbContext) of attended–complied
    /// RAR activities linked to the RAR [seed 000 §1.2, §5.5], capped at the maximum, then
    /// <see cref="ProRataPace.Trails"/> written out so the database can evaluate it.
    /// Contacts are their own aggregate, so the caller passes where to read them from.
    /// </summary>
    public static Expression<Func<Order, bool>> RarBehindPace(IQueryable<Contact> contacts, CaseloadWarningCutoffs cutoffs, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(cutoffs);
        ArgumentNullException.ThrowIfNull(policy);
        var today = cutoffs.Today.DayNumber;
        var margin = policy.RarPaceMarginDays;
        return order => order.ActualEndDate == null
            && order.Requirements.OfType<RarRequirement>().Any(rar =>
                rar.Status != RequirementStatus.Completed
                && rar.Status != RequirementStatus.Terminated
                && rar.Status != RequirementStatus.NotDelivered
                && ((decimal)Math.Min(
                        rar.MaximumDays,
                        contacts
                            .Where(c => c.OrderId == order.Id && c.RequirementId == rar.Id
                                && c.Type == ContactType.RarActivity && c.Outcome == ContactOutcome.AttendedComplied)
                            .Select(c => LondonClock.DateOf(c.StartsAt))
                            .Distinct()
                            .Count())
                    + margin)
                    * Math.Max(1, order.ExpectedEndDate.DayNumber - order.StartDate.DayNumber)
                    < (decimal)rar.MaximumDays
                    * Math.Min(Math.Max(today - order.StartDate.DayNumber, 0), Math.Max(1, order.ExpectedEndDate.DayNumber - order.StartDate.DayNumber)));
    }

    /// <summary>
    /// [seed 002 §4; policy margin] a live order whose unfinished unpaid work trails the straight line to
    /// completion 12 months from sentence, as <see cref="UnpaidWorkRequirement.Progress"/>'s <c>IsBehindPace</c>:
    /// minutes credited against minutes ordered, <see cref="ProRataPace.Trails"/> written out for the database.
    /// </summary>
    public static Expression<Func<Order, bool>> UnpaidWorkBehindPace(CaseloadWarningCutoffs cutoffs, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        ArgumentNullException.ThrowIfNull(policy);
        var today = cutoffs.Today.DayNumber;
        var months = policy.UnpaidWorkCompletionMonths;
        var marginMinutes = policy.UnpaidWorkPaceMarginHours * 60;
        return order => order.ActualEndDate == null
            && order.Requirements.OfType<UnpaidWorkRequirement>().Any(work =>
                work.Status != RequirementStatus.Completed
                && work.Status != RequirementStatus.Terminated
                && work.Status != RequirementStatus.NotDelivered
                && ((decimal)work.Sessions.Sum(session => session.MinutesCredited) + marginMinutes)
                    * Math.Max(1, order.SentenceDate.AddMonths(months).DayNumber - order.SentenceDate.DayNumber)
                    < (decimal)(work.HoursOrdered * 60)
                    * Math.Min(Math.Max(today - order.SentenceDate.DayNumber, 0), Math.Max(1, order.SentenceDate.AddMonths(months).DayNumber - order.SentenceDate.DayNumber)));
    }

    /// <summary>
    /// [policy] every 16 weeks, [seed 001 §2.44, 002 §2.4, 003] and at once on a trigger: a signed-off plan
    /// whose <see cref="SentencePlan.ReviewDue"/> date is today or earlier.
    /// </summary>
    public static Expression<Func<SentencePlan, bool>> ReviewIsDue(CaseloadWarningCutoffs cutoffs)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        var reviewedOnOrBefore = cutoffs.ReviewDueIfLastReviewedOnOrBefore;
        var signedOffBefore = cutoffs.ReviewDueIfSignedOffBefore;
        return plan => plan.SignedOffAt != null
            && (plan.Triggers.Any(trigger => trigger.ReviewId == null)
                || (plan.Reviews.Any()
                    ? plan.Reviews.Max(review => review.ReviewedOn) <= reviewedOnOrBefore
                    : plan.SignedOffAt < signedOffBefore));
    }
}

/// <summary>
/// The §7 deadlines for one day turned into "on or before" dates and instants a query can compare
/// with. Business-day deadlines only move forward as their start moves forward, so "due before
/// today" is the same as "started on or before the last start date whose deadline is before today".
/// </summary>
public sealed record CaseloadWarningCutoffs
{
    /// <summary>How far ahead a sentence plan counts as "due" rather than not yet due [policy].</summary>
    public const int PlanDueSoonDays = 7;

    public DateOnly Today { get; private init; }

    public DateTimeOffset Now { get; private init; }

    /// <summary>[measure] SL003: a live order sentenced on or before this date with no attended face-to-face contact is late.</summary>
    public DateOnly FirstAppointmentLateIfSentencedOnOrBefore { get; private init; }

    /// <summary>[measure] SL006: a first attended appointment before this instant with no signed-off plan is overdue.</summary>
    public DateTimeOffset PlanOverdueIfFirstAttendedBefore { get; private init; }

    /// <summary>[measure] SL006: a first attended appointment before this instant means the plan is due within <see cref="PlanDueSoonDays"/> days.</summary>
    public DateTimeOffset PlanDueIfFirstAttendedBefore { get; private init; }

    /// <summary>[seed 001 §2.23] requirements of orders sentenced on or before this date should have started.</summary>
    public DateOnly RequirementLateIfSentencedOnOrBefore { get; private init; }

    /// <summary>[policy] a plan last reviewed on or before this date is due its review.</summary>
    public DateOnly ReviewDueIfLastReviewedOnOrBefore { get; private init; }

    /// <summary>[policy] a plan never reviewed and signed off before this instant is due its review.</summary>
    public DateTimeOffset ReviewDueIfSignedOffBefore { get; private init; }

    public static CaseloadWarningCutoffs For(DateTimeOffset now, CaseDeadlines deadlines, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(policy);
        var today = LondonClock.DateOf(now);
        var reviewedOnOrBefore = today.AddDays(-7 * policy.PlanReviewIntervalWeeks);
        return new CaseloadWarningCutoffs
        {
            Today = today,
            Now = now,
            FirstAppointmentLateIfSentencedOnOrBefore = LastStartDueBefore(deadlines.FirstAppointmentDue, today),
            PlanOverdueIfFirstAttendedBefore = StartOfNextLondonDay(LastStartDueBefore(deadlines.SentencePlanDue, today)),
            PlanDueIfFirstAttendedBefore = StartOfNextLondonDay(LastStartDueBefore(deadlines.SentencePlanDue, today.AddDays(PlanDueSoonDays + 1))),
            RequirementLateIfSentencedOnOrBefore = LastStartDueBefore(deadlines.RequirementStartDue, today),
            ReviewDueIfLastReviewedOnOrBefore = reviewedOnOrBefore,
            ReviewDueIfSignedOffBefore = StartOfNextLondonDay(reviewedOnOrBefore),
        };
    }

    /// <summary>
    /// The latest start date whose deadline falls before <paramref name="limit"/>. Deadlines never
    /// come before their start and never go backwards as the start moves on, so a walk back finds it.
    /// </summary>
    public static DateOnly LastStartDueBefore(Func<DateOnly, DateOnly> deadline, DateOnly limit)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var start = limit.AddDays(-1);
        while (deadline(start) >= limit)
        {
            start = start.AddDays(-1);
        }

        return start;
    }

    /// <summary>The instant the London day after <paramref name="date"/> begins: "on or before date" as an instant bound.</summary>
    public static DateTimeOffset StartOfNextLondonDay(DateOnly date) => LondonClock.ToUtc(date.AddDays(1), TimeOnly.MinValue);

    /// <summary>The Monday to Sunday London week holding <paramref name="date"/>.</summary>
    public static (DateOnly Monday, DateOnly Sunday) WeekOf(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }
}
