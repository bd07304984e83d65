using ProbationCase.Domain.Court;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Tests.Court;

/// <summary>[seed 003 Figure 9] passed against proposed.</summary>
public class SentenceConcordanceRuleTests
{
    private static Concordance Compare(
        (SentenceKind Kind, int? Months, RequirementTerms[] Requirements) proposed,
        (SentenceKind Kind, int? Months, RequirementTerms[] Requirements) passed) =>
        new SentenceConcordanceRule(proposed.Kind, proposed.Months, proposed.Requirements, passed.Kind, passed.Months, passed.Requirements).Evaluate();

    private static (SentenceKind, int?, RequirementTerms[]) Community(int months, params RequirementTerms[] requirements) =>
        (SentenceKind.CommunityOrder, months, requirements);

    [Fact]
    public void Evaluate_Identical_Same()
    {
        Assert.Equal(Concordance.Same, Compare(Community(12, RequirementTerms.Rar(20)), Community(12, RequirementTerms.Rar(20))));
    }

    [Fact]
    public void Evaluate_CustodyWhereCommunityProposed_MoreSevere()
    {
        Assert.Equal(Concordance.MoreSevere, Compare(Community(12, RequirementTerms.Rar(20)), (SentenceKind.Custody, 4, [])));
    }

    [Fact]
    public void Evaluate_FineWhereCommunityProposed_LessSevere()
    {
        Assert.Equal(Concordance.LessSevere, Compare(Community(12, RequirementTerms.Rar(20)), (SentenceKind.Fine, null, [])));
    }

    [Fact]
    public void Evaluate_DischargeWhereFineProposed_LessSevere()
    {
        Assert.Equal(Concordance.LessSevere, Compare((SentenceKind.Fine, null, []), (SentenceKind.Discharge, null, [])));
    }

    [Fact]
    public void Evaluate_CommunityWhereSuspendedProposed_LessSevereEvenWithMoreRequirements()
    {
        Assert.Equal(
            Concordance.LessSevere,
            Compare((SentenceKind.SuspendedSentenceOrder, 12, [RequirementTerms.Rar(10)]), Community(24, RequirementTerms.Rar(30), RequirementTerms.UnpaidWork(200))));
    }

    [Fact]
    public void Evaluate_MoreRarDays_MoreSevere()
    {
        Assert.Equal(Concordance.MoreSevere, Compare(Community(12, RequirementTerms.Rar(20)), Community(12, RequirementTerms.Rar(30))));
    }

    [Fact]
    public void Evaluate_FewerUnpaidWorkHours_LessSevere()
    {
        Assert.Equal(Concordance.LessSevere, Compare(Community(12, RequirementTerms.UnpaidWork(150)), Community(12, RequirementTerms.UnpaidWork(100))));
    }

    [Fact]
    public void Evaluate_AddedRequirement_MoreSevere()
    {
        Assert.Equal(
            Concordance.MoreSevere,
            Compare(Community(12, RequirementTerms.Rar(20)), Community(12, RequirementTerms.Rar(20), RequirementTerms.Other(RequirementType.Curfew, lengthInDays: 60))));
    }

    [Fact]
    public void Evaluate_LongerOrder_MoreSevere()
    {
        Assert.Equal(Concordance.MoreSevere, Compare(Community(12, RequirementTerms.Rar(20)), Community(18, RequirementTerms.Rar(20))));
    }

    [Fact]
    public void Evaluate_FewerRarDaysButMoreHours_SameAsFigureNineCountsIt()
    {
        Assert.Equal(
            Concordance.Same,
            Compare(Community(12, RequirementTerms.Rar(30), RequirementTerms.UnpaidWork(100)), Community(12, RequirementTerms.Rar(20), RequirementTerms.UnpaidWork(150))));
    }
}
