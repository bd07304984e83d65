using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Npgsql;

namespace ProbationCase.Benchmarks;

/// <summary>
/// Generates (once) a large region in its own database, then measures the pages' read paths against
/// it and records timings and query plans in benchmarks/results. Not a test: scripts/test never runs it.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Console.WriteLine($"==> Benchmark database {connection.Database} on {connection.Host}:{connection.Port}");

        var dataset = new LargeRegionDataset(options.ConnectionString);
        var info = await dataset.EnsureAsync(options.Regenerate);
        var counts = await dataset.RowCountsAsync();
        Console.WriteLine($"==> Dataset: {info.Description}; generated in {info.TotalSeconds:F0} s (seed {info.SeedSeconds:F0} s, SQL copies {info.MultiplySeconds:F0} s)");
        foreach (var (table, rows) in counts)
        {
            Console.WriteLine($"    {table,-24}{rows,12:N0}");
        }

        if (options.GenerateOnly)
        {
            return 0;
        }

        var subjects = await BenchmarkSubjects.PickAsync(options.ConnectionString);
        await using var host = BenchmarkHost.Create(options.ConnectionString);

        Console.WriteLine("==> Query plans: each read path once, its SQL again under EXPLAIN (ANALYZE, BUFFERS)");
        var plans = new List<ReadPathPlans>();
        foreach (var path in ReadPaths.All)
        {
            host.Capture.Start();
            await path.RunAsync(host, subjects);
            var commands = host.Capture.Stop();
            var explained = new List<CommandPlan>();
            foreach (var command in commands)
            {
                explained.Add(await QueryPlans.ExplainAsync(options.ConnectionString, command));
            }

            plans.Add(new ReadPathPlans(path.Name, explained));
            Console.WriteLine($"    {path.Name}: {commands.Count} command(s)");
        }

        Console.WriteLine($"==> Measuring: 3 warm-up calls and {options.Iterations} measured calls per read path");
        ReadPathBenchmarks.Host = host;
        ReadPathBenchmarks.Subjects = subjects;
        var summary = BenchmarkRunner.Run<ReadPathBenchmarks>(Config(options));

        var report = new ResultsReport(
            info,
            counts,
            subjects,
            Timings(summary),
            plans,
            await QueryPlans.TableSizesAsync(options.ConnectionString),
            await PostgresVersionAsync(options.ConnectionString));
        Console.WriteLine();
        Console.Write(report.TimingTable());
        foreach (var (path, scan) in report.SequentialScansOfBigTables)
        {
            Console.WriteLine($"Sequential scan of a big table: {path}: {scan}");
        }

        var (markdown, planFile) = await report.WriteAsync(options.ResultsDirectory, DateTimeOffset.UtcNow);
        Console.WriteLine($"==> Wrote {markdown} and {planFile}");
        return report.Timings.Count == ReadPaths.All.Count ? 0 : 1;
    }

    private static ManualConfig Config(BenchmarkOptions options)
    {
        // One call per iteration: each measurement is one page's read, so min, median and p95 are per call.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(options.Iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("InProcess");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Min, StatisticColumn.Median, StatisticColumn.P95)
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "probationcase-benchmarks"));
        config.SummaryStyle = SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
        return config;
    }

    private static List<PathTiming> Timings(Summary summary) =>
        summary.Reports
            .Where(report => report.ResultStatistics is not null)
            .Select(report =>
            {
                var name = (string)report.BenchmarkCase.Parameters["Path"];
                var statistics = report.ResultStatistics!;
                const double NanosecondsPerMillisecond = 1_000_000;
                return new PathTiming(
                    name,
                    ReadPaths.All.Single(path => path.Name == name).Page,
                    statistics.N,
                    statistics.Min / NanosecondsPerMillisecond,
                    statistics.Median / NanosecondsPerMillisecond,
                    statistics.Mean / NanosecondsPerMillisecond,
                    statistics.Percentiles.P95 / NanosecondsPerMillisecond,
                    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
            })
            // BenchmarkDotNet sorts the parameter values; report in the order the paths are declared.
            .OrderBy(timing => ReadPaths.All.ToList().FindIndex(path => path.Name == timing.Path))
            .ToList();

    private static async Task<string> PostgresVersionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW server_version", connection);
        return "PostgreSQL " + Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)?.Split(' ')[0];
    }
}
