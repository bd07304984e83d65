using ProbationCase.Domain.Contacts;

namespace ProbationCase.Domain.Enforcement;

/// <summary>
/// [anchor: Manage People on Probation; seed 000 §5.4, 001 §2.34] what an SPO weighs before deciding on enforcement:
/// compliance over the rolling 12 months to a day, the unacceptable failures in that window, every warning given
/// by then (each with the end of its 12 months), and how the order's contacts in the window turned out.
/// Worked out by <see cref="Orders.Order.ComplianceHistoryOn"/>.
/// </summary>
public sealed record ComplianceHistory(
    DateOnly WindowStartsAfter,
    DateOnly To,
    ComplianceStatus Status,
    IReadOnlyList<UnacceptableFailure> Failures,
    IReadOnlyList<EnforcementWarning> Warnings,
    IReadOnlyList<OutcomeCount> Outcomes)
{
    /// <summary>The first day of the window.</summary>
    public DateOnly From => WindowStartsAfter.AddDays(1);

    /// <summary>Contacts with an outcome recorded in the window.</summary>
    public int ContactsWithOutcome => Outcomes.Sum(outcome => outcome.Count);
}

/// <summary>How many of an order's contacts in a window had one outcome.</summary>
public sealed record OutcomeCount(ContactOutcome Outcome, int Count);
