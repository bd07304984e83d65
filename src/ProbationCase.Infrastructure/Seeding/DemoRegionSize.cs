namespace ProbationCase.Infrastructure.Seeding;

/// <summary>
/// How big a demo region to seed: teams (one office each, led by an SPO), officers per team and the
/// range of cases each officer holds [seed 004: caseloads around 55]. Tests seed a small region.
/// </summary>
public sealed record DemoRegionSize(
    int Teams,
    int OfficersPerTeam,
    int MinCasesPerOfficer,
    int MaxCasesPerOfficer,
    int AwaitingAllocationInFirstTeam)
{
    /// <summary>Three teams of an SPO and four officers, 40–60 cases each: about 600 people.</summary>
    public static DemoRegionSize Default { get; } = new(Teams: 3, OfficersPerTeam: 4, MinCasesPerOfficer: 40, MaxCasesPerOfficer: 60, AwaitingAllocationInFirstTeam: 10);

    /// <summary>The demo responsible officer (ro@probation.test) holds about this many cases [seed 004].</summary>
    public int DemoOfficerCases => Math.Clamp(50, MinCasesPerOfficer, MaxCasesPerOfficer);

    internal void Validate()
    {
        if (Teams is < 1 or > DemoRegionNames.MaximumTeams)
        {
            throw new ArgumentOutOfRangeException(nameof(Teams), Teams, $"A demo region has 1 to {DemoRegionNames.MaximumTeams} teams.");
        }

        if (OfficersPerTeam < 1 || MinCasesPerOfficer < 1 || MaxCasesPerOfficer < MinCasesPerOfficer || AwaitingAllocationInFirstTeam < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(OfficersPerTeam), "Officers and cases must be positive, and the maximum at least the minimum.");
        }
    }
}
