using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Requirements;

/// <summary>The requirement timeliness rule of <see cref="Requirement.IsNotStartedWithinTarget"/> in a form SQL can filter on.</summary>
public static class RequirementQueries
{
    /// <summary>
    /// [seed 001 §2.23] a requirement still awaiting start is overdue when its order was sentenced before this date
    /// (today is more than 4 weeks after sentence).
    /// </summary>
    public static DateOnly StartOverdueIfSentencedBefore(DateOnly today, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return today.AddDays(-policy.RequirementStartWithinDays);
    }
}
