using System.Text.RegularExpressions;

namespace ProbationCase.Benchmarks.Statements;

/// <summary>A list statement that reads a whole big table.</summary>
public sealed record SequentialScan(string Page, string Table, string Node, string Sql, string Plan);

/// <summary>
/// The index guard's rule: no list statement may read people, contacts, orders, pre-sentence reports or the case
/// summary (any table named for summaries) from end to end; each must reach its rows through an index, or the page
/// slows with the size of the region (or of its history) instead of the size of the caseload.
///
/// On a mid-size region the planner may rightly prefer a sequential scan of a table of a few thousand rows
/// that it would never choose at national scale, so each statement is planned with sequential scans priced
/// out (enable_seqscan = off, this session only): a sequential scan that remains has no index that can
/// serve it; an index scan with no index condition, or with none on the index's first column, is the whole
/// table (or index) read all the same, unless the index is walked in the list's order, with nothing filtered
/// out, straight into the page's LIMIT (through joins on its outer side and incremental sorts only): then it
/// stops after the page, like the court work list's reports by hearing date.
/// </summary>
public static partial class SequentialScanGuard
{
    public static readonly IReadOnlyList<string> GuardedTables = ["people", "contacts", "orders", "pre_sentence_reports"];

    public static bool IsGuarded(string table) =>
        GuardedTables.Contains(table, StringComparer.Ordinal) || table.Contains("summar", StringComparison.Ordinal);

    public static async Task<(IReadOnlyList<SequentialScan> Scans, int Statements)> FindAsync(string connectionString, IEnumerable<PageStatements> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var scans = new List<SequentialScan>();
        var statements = 0;
        var leading = await LeadingColumnsAsync(connectionString, cancellationToken);
        foreach (var page in pages)
        {
            foreach (var query in page.Queries)
            {
                statements++;
                var plan = await QueryPlans.ExplainAsync(connectionString, query, "enable_seqscan = off", cancellationToken);
                var lines = plan.PlanLines;
                for (var i = 0; i < lines.Count; i++)
                {
                    var scan = ScanNode().Match(lines[i]);
                    if (!scan.Success || !IsGuarded(scan.Groups["table"].Value))
                    {
                        continue;
                    }

                    var kind = scan.Groups["kind"].Value;
                    var condition = IndexCondition(lines, i);
                    var index = scan.Groups["index"].Value;
                    // A condition only on later columns of the index still reads all of it (PostgreSQL 15 has no skip scan).
                    var unled = condition is not null && leading.TryGetValue(index, out var first) && !Regex.IsMatch(condition, $@"\b{Regex.Escape(first)}\b");
                    var stopsAtPage = !kind.Contains("Seq Scan", StringComparison.Ordinal) && condition is null && StopsAtLimit(lines, i);
                    if (kind.Contains("Seq Scan", StringComparison.Ordinal) || (condition is null && !stopsAtPage) || unled)
                    {
                        scans.Add(new SequentialScan(page.Page.Name, scan.Groups["table"].Value, lines[i].Trim(), query.Sql, string.Join('\n', lines)));
                    }
                }
            }
        }

        return (scans, statements);
    }

    // An ordered index walk that feeds a LIMIT and stops with it: no filter on the walk itself, and every node
    // between it and the Limit streams rows in order (an incremental sort, the outer side of a nested loop).
    private static bool StopsAtLimit(IReadOnlyList<string> lines, int node)
    {
        if (Detail(lines, node, "Filter:") || Detail(lines, node, "Rows Removed by Filter:"))
        {
            return false;
        }

        var child = node;
        while (Parent(lines, child) is { } parent)
        {
            var name = NodeName(lines[parent]);
            if (name.StartsWith("Limit", StringComparison.Ordinal))
            {
                return true;
            }

            var streams = name.StartsWith("Incremental Sort", StringComparison.Ordinal)
                || ((name.StartsWith("Nested Loop", StringComparison.Ordinal) || name.StartsWith("Merge", StringComparison.Ordinal)) && FirstChild(lines, parent) == child)
                || name.StartsWith("Result", StringComparison.Ordinal)
                || name.StartsWith("Subquery Scan", StringComparison.Ordinal);
            if (!streams)
            {
                return false;
            }

            child = parent;
        }

        return false;
    }

    private static bool IsNode(IReadOnlyList<string> lines, int i) => i == 0 || lines[i].TrimStart().StartsWith("->", StringComparison.Ordinal);

    private static string NodeName(string line) => line.TrimStart().TrimStart('-', '>').TrimStart();

    private static int? Parent(IReadOnlyList<string> lines, int node)
    {
        var indent = Indent(lines[node]);
        for (var i = node - 1; i >= 0; i--)
        {
            if (IsNode(lines, i) && Indent(lines[i]) < indent)
            {
                return i;
            }
        }

        return null;
    }

    private static int? FirstChild(IReadOnlyList<string> lines, int parent)
    {
        for (var i = parent + 1; i < lines.Count && Indent(lines[i]) > Indent(lines[parent]); i++)
        {
            if (IsNode(lines, i))
            {
                return i;
            }
        }

        return null;
    }

    private static bool Detail(IReadOnlyList<string> lines, int node, string label)
    {
        var indent = Indent(lines[node]);
        for (var i = node + 1; i < lines.Count && Indent(lines[i]) > indent && !lines[i].TrimStart().StartsWith("->", StringComparison.Ordinal); i++)
        {
            if (lines[i].TrimStart().StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The node's own detail lines are those indented deeper than it, up to its first child ("->").
    private static string? IndexCondition(IReadOnlyList<string> lines, int node)
    {
        var indent = Indent(lines[node]);
        for (var i = node + 1; i < lines.Count && Indent(lines[i]) > indent && !lines[i].TrimStart().StartsWith("->", StringComparison.Ordinal); i++)
        {
            if (lines[i].TrimStart().StartsWith("Index Cond:", StringComparison.Ordinal))
            {
                return lines[i].Trim();
            }
        }

        return null;
    }

    /// <summary>Each index's first key column (expression indexes are left out).</summary>
    private static async Task<Dictionary<string, string>> LeadingColumnsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE i.indkey[0] <> 0",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var leading = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            leading[reader.GetString(0)] = reader.GetString(1);
        }

        return leading;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    [GeneratedRegex(@"(?<kind>Parallel Seq Scan|Seq Scan|Index Only Scan Backward|Index Only Scan|Index Scan Backward|Index Scan)(?: using (?<index>\S+))? on (?<table>\w+)")]
    private static partial Regex ScanNode();
}
