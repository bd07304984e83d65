using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Tests.Requirements;

public class RarProposalTests
{
    [Fact]
    public void Warnings_61DaysHighOgrs_GuidanceLimitWarning()
    {
        Assert.Equal([RarProposalWarning.MoreThanGuidanceLimit], RarProposal.Warnings(61, 78, TimelinessPolicy.Default));
    }

    [Fact]
    public void Warnings_60DaysHighOgrs_NoWarning()
    {
        Assert.Empty(RarProposal.Warnings(60, 78, TimelinessPolicy.Default));
    }

    [Fact]
    public void Warnings_LowOgrs_LowLikelihoodWarning()
    {
        Assert.Equal([RarProposalWarning.LowLikelihoodOfReoffending], RarProposal.Warnings(20, 23, TimelinessPolicy.Default));
    }
}
