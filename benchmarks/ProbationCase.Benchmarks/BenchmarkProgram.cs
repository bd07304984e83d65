using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Benchmarks.Checking;
using ProbationCase.Benchmarks.Hosting;
using ProbationCase.Benchmarks.National;
using ProbationCase.Benchmarks.Statements;
using ProbationCase.Domain.Calendar;

namespace ProbationCase.Benchmarks;

/// <summary>The benchmark commands (benchmarks/README.md describes each).</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "help";
        var options = CommandLine.Parse(args.Skip(1).ToArray());
        var database = options.GetValueOrDefault("database", BenchmarkDatabase.DefaultName);
        var connectionString = BenchmarkDatabase.ConnectionString(database);
        static void Say(string message) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

        switch (command)
        {
            case "generate":
            {
                var scale = double.Parse(options.GetValueOrDefault("scale", "0.1"), CultureInfo.InvariantCulture);
                var seed = int.Parse(options.GetValueOrDefault("seed", NationalRegion.DefaultSeed.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
                // The fixed clock every case is written against: noon in London on the given day (default today).
                var asOf = options.TryGetValue("as-of", out var day) ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : LondonClock.DateOf(DateTimeOffset.UtcNow);
                var workers = int.Parse(options.GetValueOrDefault("workers", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
                var region = new NationalRegion(scale, seed, LondonClock.ToUtc(asOf, new TimeOnly(12, 0)));
                var report = await new NationalRegionGenerator(connectionString, region, workers, Say).GenerateAsync();
                Say(string.Create(CultureInfo.InvariantCulture,
                    $"Done: {report.Teams:N0} teams, {report.People:N0} people, {report.Contacts:N0} contacts, {report.Reports:N0} PSRs, {report.Rows:N0} rows in {report.Total.TotalMinutes:F1} min into {database}"));
                Say($"Load-test sign-ins: {NationalRegion.OfficerEmail(1, 1)}, {NationalRegion.SpoEmail(1)}, {NationalRegion.CourtEmail(1)}, {NationalRegion.AdminEmail}; password {NationalRegion.LoadTestPassword}");
                break;
            }

            case "check":
            {
                var sample = int.Parse(options.GetValueOrDefault("sample", "1000"), CultureInfo.InvariantCulture);
                var stopwatch = Stopwatch.StartNew();
                var result = await new DomainSampleCheck(connectionString).RunAsync(sample, DateTimeOffset.UtcNow);
                Say(string.Create(CultureInfo.InvariantCulture,
                    $"Checked {result.Cases:N0} cases ({result.Orders:N0} orders, {result.Contacts:N0} contacts, {result.Plans:N0} plans, {result.Summaries:N0} summaries, {result.Reports:N0} pre-sentence reports of which {result.OpenReports:N0} open) in {stopwatch.Elapsed.TotalSeconds:F0} s: {result.Problems.Count} problem(s)"));
                foreach (var group in result.Problems.GroupBy(problem => problem.Rule))
                {
                    Say($"  {group.Key}: {group.Count()} — e.g. {group.First().Crn}: {group.First().Detail}");
                }

                return result.Problems.Count == 0 ? 0 : 1;
            }

            case "profile":
            {
                // Generation alone (no database), to see where a team's time goes.
                var teams = int.Parse(options.GetValueOrDefault("teams", "4"), CultureInfo.InvariantCulture);
                var region = new NationalRegion(1, NationalRegion.DefaultSeed, LondonClock.ToUtc(LondonClock.DateOf(DateTimeOffset.UtcNow), new TimeOnly(12, 0)));
                await using var host = AppServices.Create(connectionString);
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ProbationCase.Infrastructure.Persistence.ProbationCaseDbContext>();
                var writer = new ProbationCase.Benchmarks.Loading.ModelRowWriter(db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model);
                var generator = new TeamGenerator(region, new Dictionary<string, Guid> { ["ResponsibleOfficer"] = Guid.Empty, ["SeniorProbationOfficer"] = Guid.Empty, ["CourtLiaison"] = Guid.Empty, ["Administrator"] = Guid.Empty }, "hash", [.. ProbationCase.Infrastructure.Seeding.DemoRegionSeeder.Catalogue()], new ProbationCase.Domain.Caseload.CaseRules(ProbationCase.Domain.Calendar.TimelinessPolicy.Default, [], region.Now));
                for (var round = 0; round < 2; round++)
                {
                    var generating = Stopwatch.StartNew();
                    var made = Enumerable.Range(round * teams, teams).Select(generator.Generate).ToList();
                    generating.Stop();
                    var rows = writer.NewRowSet();
                    var gathering = Stopwatch.StartNew();
                    foreach (var team in made)
                    {
                        rows.AddRange(team.Roots);
                    }

                    gathering.Stop();
                    var serialising = Stopwatch.StartNew();
                    var values = rows.CountValues();
                    serialising.Stop();
                    Say(string.Create(CultureInfo.InvariantCulture, $"{teams} teams: {made.Sum(t => t.Cases.Count):N0} cases, {rows.RowCount:N0} rows; generating {generating.ElapsedMilliseconds} ms, gathering rows {gathering.ElapsedMilliseconds} ms, reading {values:N0} values {serialising.ElapsedMilliseconds} ms"));
                }

                break;
            }

            case "statements":
            {
                // The SQL each list page sends, its plans, and pgbench scripts to replay it (see benchmarks/load/run.sh).
                var output = options.GetValueOrDefault("out", Path.Combine("benchmarks", "results", "statements"));
                var team = int.Parse(options.GetValueOrDefault("team", "1"), CultureInfo.InvariantCulture);
                await using var capture = new ListPageStatements(connectionString);
                var pages = await capture.CaptureAsync(team);
                var written = await StatementFiles.WriteAsync(connectionString, pages, output);
                Say($"{pages.Count} pages, {written.Statements} statements; plans in {written.PlansFile}, pgbench scripts in {output}");
                foreach (var scan in written.Scans)
                {
                    Say($"  {scan.Page}: {scan.Node}");
                }

                break;
            }

            default:
                Console.WriteLine("""
                    Usage (see benchmarks/README.md):
                      generate [--scale 0.1] [--database pc_bench] [--seed 2026] [--as-of yyyy-mm-dd] [--workers n]
                      check    [--database pc_bench] [--sample 1000]
                      statements [--database pc_bench] [--out dir] [--team 1]
                    """);
                return command == "help" ? 0 : 2;
        }

        return 0;
    }
}

/// <summary>--name value pairs.</summary>
internal static class CommandLine
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            }

            options[args[i][2..]] = args[++i];
        }

        return options;
    }
}
