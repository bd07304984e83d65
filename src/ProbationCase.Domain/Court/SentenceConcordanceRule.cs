using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Court;

/// <summary>
/// Concordance of the sentence passed with the sentence proposed [DOMAIN.md §10, seed 003 Figure 9].
/// Severity ordering:
/// 1. Sentence kind, as Figure 9 ranks it: discharge &lt; fine &lt; community order &lt; suspended sentence
///    order &lt; custody. A different kind decides it.
/// 2. Same kind [policy, finer than Figure 9, which stops at kind]: the sentence is compared on every
///    dimension — length in months, and for each requirement type whether it is there, how many, and its
///    quantity (RAR days, unpaid work hours, programme sessions, days). More severe when the passed sentence
///    is at least as onerous on every dimension and more on one (an added requirement, more RAR days, more
///    hours, a longer order); less severe the other way round. Mixed changes (e.g. fewer RAR days but more
///    hours) are not clearly either, so they count as the same, as Figure 9 would count them.
/// </summary>
public sealed class SentenceConcordanceRule(
    SentenceKind proposed,
    int? proposedLengthInMonths,
    IEnumerable<RequirementTerms> proposedRequirements,
    SentenceKind passed,
    int? passedLengthInMonths,
    IEnumerable<RequirementTerms> passedRequirements)
{
    public Concordance Evaluate()
    {
        if (passed != proposed)
        {
            return passed > proposed ? Concordance.MoreSevere : Concordance.LessSevere;
        }

        var comparisons = new List<int> { (passedLengthInMonths ?? 0).CompareTo(proposedLengthInMonths ?? 0) };
        var proposedByType = Onerousness(proposedRequirements);
        var passedByType = Onerousness(passedRequirements);
        foreach (var type in proposedByType.Keys.Union(passedByType.Keys))
        {
            var before = proposedByType.GetValueOrDefault(type);
            var after = passedByType.GetValueOrDefault(type);
            comparisons.Add(after.Count.CompareTo(before.Count));
            comparisons.Add(after.Quantity.CompareTo(before.Quantity));
        }

        var anyMore = comparisons.Any(comparison => comparison > 0);
        var anyLess = comparisons.Any(comparison => comparison < 0);
        return (anyMore, anyLess) switch
        {
            (true, false) => Concordance.MoreSevere,
            (false, true) => Concordance.LessSevere,
            _ => Concordance.Same,
        };
    }

    private static Dictionary<RequirementType, (int Count, int Quantity)> Onerousness(IEnumerable<RequirementTerms> requirements) =>
        requirements
            .GroupBy(requirement => requirement.Type)
            .ToDictionary(group => group.Key, group => (group.Count(), group.Sum(requirement => requirement.Quantity ?? 0)));
}
