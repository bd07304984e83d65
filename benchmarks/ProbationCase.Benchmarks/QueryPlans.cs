using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace ProbationCase.Benchmarks;

/// <summary>One scan node of a plan, summed over the plan: how it reads a table and how many rows it returned.</summary>
public sealed record ScanSummary(string Kind, string Table, string? Index, int Nodes, long Loops, long Rows)
{
    public bool IsSequential => Kind.Contains("Seq Scan", StringComparison.Ordinal);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind} on {Table}{(Index is null ? "" : $" using {Index}")}: {Nodes} node(s), {Loops:N0} loop(s), {Rows:N0} row(s)");
}

/// <summary>EXPLAIN (ANALYZE, BUFFERS) of one command a read path sent.</summary>
public sealed record CommandPlan(string Sql, IReadOnlyList<string> PlanLines, IReadOnlyList<ScanSummary> Scans, string? ExecutionTime, string? SharedBuffers);

/// <summary>The plans of every command of one read path.</summary>
public sealed record ReadPathPlans(string Path, IReadOnlyList<CommandPlan> Commands);

/// <summary>Runs each captured command again under EXPLAIN (ANALYZE, BUFFERS) and picks out its scans.</summary>
public static partial class QueryPlans
{
    /// <summary>EXPLAIN (ANALYZE, BUFFERS) of the command; <paramref name="setting"/> (e.g. "enable_seqscan = off") applies to that session only.</summary>
    public static async Task<CommandPlan> ExplainAsync(string connectionString, CapturedCommand captured, string? setting = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(captured);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (setting is not null)
        {
            await using var set = new NpgsqlCommand("SET " + setting, connection);
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + captured.Sql, connection);
        foreach (var parameter in captured.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(reader.GetString(0));
            }
        }

        return new CommandPlan(
            captured.Sql,
            lines,
            Summarise(lines),
            lines.Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("Execution Time", StringComparison.Ordinal)),
            // The top node's buffers line is the total for the statement.
            lines.Skip(1).Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("Buffers:", StringComparison.Ordinal)));
    }

    /// <summary>Tables above this many rows count as big: a sequential scan of one is reported.</summary>
    public static async Task<Dictionary<string, long>> TableSizesAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT relname, n_live_tup FROM pg_stat_user_tables", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            sizes[reader.GetString(0)] = reader.GetInt64(1);
        }

        return sizes;
    }

    public static string Describe(CommandPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        foreach (var scan in plan.Scans)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {scan}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  {plan.ExecutionTime}; {plan.SharedBuffers}");
        return text.ToString();
    }

    private static List<ScanSummary> Summarise(List<string> lines)
    {
        var scans = new Dictionary<(string Kind, string Table, string? Index), (int Nodes, long Loops, long Rows)>();
        foreach (var line in lines)
        {
            var node = ScanNode().Match(line);
            if (!node.Success)
            {
                continue;
            }

            var kind = node.Groups["kind"].Value;
            // "Bitmap Index Scan on ix_..." names the index, not the table; its Bitmap Heap Scan parent names the table.
            var key = kind == "Bitmap Index Scan"
                ? (kind, "(index)", node.Groups["table"].Value)
                : (kind, node.Groups["table"].Value, node.Groups["index"].Success ? node.Groups["index"].Value : null);
            var actual = Actual().Match(line);
            var loops = actual.Success ? long.Parse(actual.Groups["loops"].Value, CultureInfo.InvariantCulture) : 0;
            var rows = actual.Success ? long.Parse(actual.Groups["rows"].Value, CultureInfo.InvariantCulture) * loops : 0;
            scans[key] = scans.TryGetValue(key, out var sum) ? (sum.Nodes + 1, sum.Loops + loops, sum.Rows + rows) : (1, loops, rows);
        }

        return scans.Select(scan => new ScanSummary(scan.Key.Kind, scan.Key.Table, scan.Key.Index, scan.Value.Nodes, scan.Value.Loops, scan.Value.Rows))
            .OrderByDescending(scan => scan.IsSequential).ThenBy(scan => scan.Table, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"(?<kind>Parallel Seq Scan|Seq Scan|Parallel Index Only Scan|Parallel Index Scan|Index Only Scan Backward|Index Only Scan|Index Scan Backward|Index Scan|Bitmap Heap Scan|Bitmap Index Scan)(?: using (?<index>\S+))? on (?<table>\S+)")]
    private static partial Regex ScanNode();

    [GeneratedRegex(@"actual time=\S+ rows=(?<rows>\d+) loops=(?<loops>\d+)")]
    private static partial Regex Actual();
}
