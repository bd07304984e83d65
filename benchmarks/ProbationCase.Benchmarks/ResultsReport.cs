using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ProbationCase.Benchmarks;

/// <summary>One read path's timings, in milliseconds, and what it allocated.</summary>
public sealed record PathTiming(string Path, string Page, int Iterations, double Min, double Median, double Mean, double P95, long? AllocatedBytes);

/// <summary>Everything one run found, written as benchmarks/results/&lt;date&gt;.md (and the full plans beside it).</summary>
public sealed record ResultsReport(
    DatasetInfo Dataset,
    IReadOnlyList<(string Table, long Rows)> RowCounts,
    BenchmarkSubjects Subjects,
    IReadOnlyList<PathTiming> Timings,
    IReadOnlyList<ReadPathPlans> Plans,
    IReadOnlyDictionary<string, long> TableSizes,
    string PostgresVersion)
{
    public const long BigTableRows = 10_000;

    public IEnumerable<(string Path, ScanSummary Scan)> SequentialScansOfBigTables =>
        Plans.SelectMany(plans => plans.Commands.SelectMany(command => command.Scans).Select(scan => (plans.Path, scan)))
            .Where(found => found.scan.IsSequential && TableSizes.GetValueOrDefault(found.scan.Table) >= BigTableRows)
            .Distinct();

    public string TimingTable()
    {
        var text = new StringBuilder();
        text.AppendLine("| Read path | Page | Min ms | Median ms | Mean ms | P95 ms | Allocated |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var timing in Timings)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {timing.Path} | `{timing.Page}` | {timing.Min:F1} | {timing.Median:F1} | {timing.Mean:F1} | {timing.P95:F1} | {(timing.AllocatedBytes is { } bytes ? $"{bytes / 1024.0:N0} KB" : "-")} |");
        }

        return text.ToString();
    }

    public async Task<(string Markdown, string Plans)> WriteAsync(string directory, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var date = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var markdownPath = Path.Combine(directory, $"{date}.md");
        var plansPath = Path.Combine(directory, $"{date}-plans.txt");
        await File.WriteAllTextAsync(markdownPath, Markdown(now, Path.GetFileName(plansPath)), cancellationToken);
        await File.WriteAllTextAsync(plansPath, FullPlans(), cancellationToken);
        return (markdownPath, plansPath);
    }

    private string Markdown(DateTimeOffset now, string plansFile)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Read path benchmarks, {now:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine("Produced by `dotnet run -c Release --project benchmarks/ProbationCase.Benchmarks` (see benchmarks/README.md).");
        text.AppendLine("Each figure is one call of the page's query class in a fresh DI scope (new DbContext), as a request makes it;");
        text.AppendLine("BenchmarkDotNet in process, 3 warm-up calls, then the measured calls.");
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- {Environment.ProcessorCount} cores (`nproc`), {CpuModel()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {MemoryTotal()} memory");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {PostgresVersion}, on the same machine");
        text.AppendLine("- Shared with other builds and test runs: treat differences under ~20% as noise.");
        text.AppendLine();
        text.AppendLine("## Dataset");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Dataset.Description}, generated {Dataset.GeneratedAt:yyyy-MM-dd HH:mm} UTC in {Dataset.TotalSeconds:F0} s "
            + $"({Dataset.SeedSeconds:F0} s seeding the base through the domain, {Dataset.MultiplySeconds:F0} s copying in SQL and VACUUM ANALYZE).");
        text.AppendLine();
        text.AppendLine("| Table | Rows |");
        text.AppendLine("| --- | ---: |");
        foreach (var (table, rows) in RowCounts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {table} | {rows:N0} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Subjects: the demo RO (ro@probation.test, {Subjects.RoCases} cases); the demo SPO's team ({Subjects.TeamCases} cases); "
            + $"the person with the most contacts ({Subjects.BusiestPersonContacts}); the order with the most RAR contacts ({Subjects.RarContacts}); "
            + $"name search for the commonest surname (\"{Subjects.CommonLastName.ToLowerInvariant()}\"); CRN search for a person in a copied team.");
        text.AppendLine();
        text.AppendLine("## Timings");
        text.AppendLine();
        text.Append(TimingTable());
        text.AppendLine();
        text.AppendLine("## Sequential scans of big tables");
        text.AppendLine();
        var sequential = SequentialScansOfBigTables.ToList();
        if (sequential.Count == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"None: every table over {BigTableRows:N0} rows is read through an index.");
        }
        else
        {
            foreach (var (path, scan) in sequential)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{path}**: {scan} (table has {TableSizes.GetValueOrDefault(scan.Table):N0} rows)");
            }
        }

        text.AppendLine();
        text.AppendLine("## Plans: key lines");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Scans per command of each read path, from EXPLAIN (ANALYZE, BUFFERS); full plans and SQL in `{plansFile}`.");
        foreach (var plans in Plans)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"### {plans.Path}");
            text.AppendLine();
            text.AppendLine("```");
            for (var i = 0; i < plans.Commands.Count; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"command {i + 1}: {FirstLine(plans.Commands[i].Sql)}");
                text.Append(QueryPlans.Describe(plans.Commands[i]));
            }

            text.AppendLine("```");
        }

        return text.ToString();
    }

    private string FullPlans()
    {
        var text = new StringBuilder();
        foreach (var plans in Plans)
        {
            text.AppendLine(new string('=', 100));
            text.AppendLine(plans.Path);
            for (var i = 0; i < plans.Commands.Count; i++)
            {
                text.AppendLine(new string('-', 100));
                text.AppendLine(CultureInfo.InvariantCulture, $"command {i + 1}");
                text.AppendLine(plans.Commands[i].Sql);
                text.AppendLine();
                foreach (var line in plans.Commands[i].PlanLines)
                {
                    text.AppendLine(line);
                }
            }
        }

        return text.ToString();
    }

    private static string FirstLine(string sql)
    {
        var line = sql.Split('\n')[0].Trim();
        return line.Length > 90 ? line[..90] + "..." : line;
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string MemoryTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? "unknown" : $"{long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F1} GiB";
    }
}
