using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Requirements;

public enum RarProposalWarning
{
    /// <summary>[seed 003] HMPPS guidance limit on recommended days.</summary>
    MoreThanGuidanceLimit = 1,

    /// <summary>[seed 003] RAR proposed for someone at low likelihood of reoffending.</summary>
    LowLikelihoodOfReoffending = 2,
}

/// <summary>
/// Court liaison warnings on a proposed RAR [DOMAIN.md §4]. Warnings only: the court may order more.
/// </summary>
public static class RarProposal
{
    public static IReadOnlyList<RarProposalWarning> Warnings(int proposedDays, int? ogrsPercent, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        BusinessRule.Check(new RarMaximumDaysMustBePositiveRule(proposedDays));
        var warnings = new List<RarProposalWarning>();

        // [seed 003] warn above 60 days.
        if (proposedDays > policy.RarProposalWarnAboveDays)
        {
            warnings.Add(RarProposalWarning.MoreThanGuidanceLimit);
        }

        // [seed 003] warn when proposed for someone at low likelihood of reoffending.
        if (ogrsPercent is { } ogrs && ogrs < policy.LowLikelihoodOgrsBelowPercent)
        {
            warnings.Add(RarProposalWarning.LowLikelihoodOfReoffending);
        }

        return warnings;
    }
}
