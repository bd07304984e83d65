using ProbationCase.Domain.People;

namespace ProbationCase.Domain.Allocation;

/// <summary>
/// How much of an officer's capacity one case uses, for allocation and team caseload views [DOMAIN.md §11].
/// The weights are our own default, [policy]: the reports ask SPOs to see "weighted workload" but publish no
/// formula. Every case counts 1; a RoSH high or very high case counts 1 more; a MAPPA-managed case 1 more.
/// </summary>
public static class WorkloadWeighting
{
    /// <summary>[policy] every case.</summary>
    public const int BaseWeight = 1;

    /// <summary>[policy] added for risk of serious harm high or very high.</summary>
    public const int HighRoshWeight = 1;

    /// <summary>[policy] added for a MAPPA category (any level).</summary>
    public const int MappaWeight = 1;

    /// <summary>[seed 004] caseloads of around 55 per officer.</summary>
    public const int CaseloadAim = 55;

    /// <summary>[policy] RoSH high or very high adds to a case's weight.</summary>
    public static bool IsHighRosh(RoshLevel rosh) => rosh is RoshLevel.High or RoshLevel.VeryHigh;

    /// <summary>[policy] a MAPPA category (any level) adds to a case's weight.</summary>
    public static bool IsMappa(MappaCategory category) => category != MappaCategory.None;

    /// <summary>The weight of one case; kept on its case summary, where workload is summed.</summary>
    public static int WeightOf(PersonOnProbation person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return BaseWeight
            + (IsHighRosh(person.Risk.Rosh) ? HighRoshWeight : 0)
            + (IsMappa(person.Risk.MappaCategory) ? MappaWeight : 0);
    }

    /// <summary>Cases held as a whole percentage of the aim (55 cases = 100%).</summary>
    public static int PercentOfAim(int cases) => PercentOfAim(cases, officers: 1);

    /// <summary>
    /// Cases held by a group of officers as a whole percentage of their joint aim: the aim is per officer, so a team of
    /// eight holding 440 cases is at 100%, not 800%.
    /// </summary>
    public static int PercentOfAim(int cases, int officers)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(officers);
        return (int)Math.Round(100m * cases / (CaseloadAim * officers), MidpointRounding.AwayFromZero);
    }

    /// <summary>A one-line description of the weighting, shown beside the figures so it is never hidden.</summary>
    public static string Description =>
        $"Each case counts {BaseWeight}; RoSH high or very high adds {HighRoshWeight}; MAPPA adds {MappaWeight}. Caseload aim about {CaseloadAim} cases per officer.";
}
