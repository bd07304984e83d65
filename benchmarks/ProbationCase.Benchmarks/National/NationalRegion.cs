using System.Globalization;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Seeding;

namespace ProbationCase.Benchmarks.National;

/// <summary>
/// The shape of a national region at a scale: at 1, 600 teams of 8–10 officers holding 40–56 cases each
/// (~260,000 people under supervision, seed 003's 258,000), an SPO and a court liaison officer per team.
/// Everything is drawn from <see cref="Seed"/>, team by team, so a team's cases do not depend on how many
/// teams came before it or on which worker made them.
/// </summary>
public sealed record NationalRegion(double Scale, int Seed, DateTimeOffset Now)
{
    public const int DefaultSeed = 2026;

    public const int TeamsAtScaleOne = 600;

    public const int MinOfficersPerTeam = 8;

    public const int MaxOfficersPerTeam = 10;

    public const int MinCasesPerOfficer = 40;

    public const int MaxCasesPerOfficer = 56;

    /// <summary>Cases sentenced and waiting for the SPO to allocate, per team.</summary>
    public const int AwaitingAllocationPerTeam = 3;

    /// <summary>The password of every load-test sign-in (never the demo password; these exist only in benchmark databases).</summary>
    public const string LoadTestPassword = "LoadTest-Password-1";

    public const string SignInDomain = "loadtest.probation.test";

    public int Teams => Math.Max(1, (int)Math.Round(TeamsAtScaleOne * Scale));

    /// <summary>Each team's own random source, from the region's seed and the team's number (not HashCode, which differs per process).</summary>
    public Random RandomFor(int team) => new(unchecked((Seed * 1_000_003) + (team * 7_919) + 17));

    public static string TeamName(int team) =>
        string.Create(CultureInfo.InvariantCulture, $"{DemoRegionNames.Teams[team % DemoRegionNames.Teams.Length].Name} {(team / DemoRegionNames.Teams.Length) + 1}");

    /// <summary>The sign-ins the load harness uses: officer <paramref name="officer"/> (from 1) of team <paramref name="team"/> (from 1).</summary>
    public static string OfficerEmail(int team, int officer) => string.Create(CultureInfo.InvariantCulture, $"t{team:0000}.o{officer:00}@{SignInDomain}");

    public static string SpoEmail(int team) => string.Create(CultureInfo.InvariantCulture, $"t{team:0000}.spo@{SignInDomain}");

    public static string CourtEmail(int team) => string.Create(CultureInfo.InvariantCulture, $"t{team:0000}.court@{SignInDomain}");

    public static string AdminEmail => $"admin@{SignInDomain}";

    /// <summary>A team of the national region, borrowing the demo region's towns and courts for its cases.</summary>
    internal static DemoTeamPlan PlanFor(int team, Random random, int officers)
    {
        var model = DemoRegionNames.Teams[team % DemoRegionNames.Teams.Length];
        string Person(int n) => string.Create(CultureInfo.InvariantCulture,
            $"{(n % 2 == 0 ? DemoRegionNames.FemaleFirstNames : DemoRegionNames.MaleFirstNames)[random.Next(n % 2 == 0 ? DemoRegionNames.FemaleFirstNames.Length : DemoRegionNames.MaleFirstNames.Length)]} {DemoRegionNames.LastNames[random.Next(DemoRegionNames.LastNames.Length)]}");
        return model with
        {
            Name = TeamName(team),
            OfficeName = $"{model.OfficeName} {(team / DemoRegionNames.Teams.Length) + 1}",
            SeniorProbationOfficer = Person(team),
            Officers = [.. Enumerable.Range(0, officers).Select(i => (Person(i + 1), i % 3 == 2 ? OfficerGrade.ProbationServicesOfficer : OfficerGrade.ProbationOfficer))],
        };
    }
}
