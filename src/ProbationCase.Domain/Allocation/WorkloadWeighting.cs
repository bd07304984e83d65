using System.Linq.Expressions;
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

    /// <summary>The weight of one case, as an expression a query can sum in SQL.</summary>
    public static Expression<Func<PersonOnProbation, int>> Weight { get; } = person =>
        BaseWeight
        + (person.Risk.Rosh == RoshLevel.High || person.Risk.Rosh == RoshLevel.VeryHigh ? HighRoshWeight : 0)
        + (person.Risk.MappaCategory != MappaCategory.None ? MappaWeight : 0);

    /// <summary>One case's officer, weight and risk mix, for grouping by officer in SQL.</summary>
    public static Expression<Func<PersonOnProbation, CaseWeight>> CaseWeight { get; } = person => new CaseWeight
    {
        OfficerId = person.ResponsibleOfficerId,
        Weight = BaseWeight
            + (person.Risk.Rosh == RoshLevel.High || person.Risk.Rosh == RoshLevel.VeryHigh ? HighRoshWeight : 0)
            + (person.Risk.MappaCategory != MappaCategory.None ? MappaWeight : 0),
        HighRosh = person.Risk.Rosh == RoshLevel.High || person.Risk.Rosh == RoshLevel.VeryHigh,
        Mappa = person.Risk.MappaCategory != MappaCategory.None,
    };

    private static readonly Func<PersonOnProbation, int> CompiledWeight = Weight.Compile();

    public static int WeightOf(PersonOnProbation person) => CompiledWeight(person);

    /// <summary>Cases held as a whole percentage of the aim (55 cases = 100%).</summary>
    public static int PercentOfAim(int cases) => (int)Math.Round(100m * cases / CaseloadAim, MidpointRounding.AwayFromZero);

    /// <summary>A one-line description of the weighting, shown beside the figures so it is never hidden.</summary>
    public static string Description =>
        $"Each case counts {BaseWeight}; RoSH high or very high adds {HighRoshWeight}; MAPPA adds {MappaWeight}. Caseload aim about {CaseloadAim} cases per officer.";
}

/// <summary>A case's contribution to its officer's workload (see <see cref="WorkloadWeighting"/>).</summary>
public sealed class CaseWeight
{
    public Guid? OfficerId { get; init; }

    public int Weight { get; init; }

    public bool HighRosh { get; init; }

    public bool Mappa { get; init; }
}
