using System.Text.RegularExpressions;

namespace ProbationCase.Benchmarks.Statements;

/// <summary>A list statement that reads a whole big table.</summary>
public sealed record SequentialScan(string Page, string Table, string Node, string Sql, string Plan);

/// <summary>
/// The index guard's rule: no list statement may read people, contacts, orders or the case summary (any
/// table named for summaries) from end to end; each must reach its rows through an index, or the page slows
/// with the size of the region instead of the size of the caseload.
///
/// On a mid-size region the planner may rightly prefer a sequential scan of a table of a few thousand rows
/// that it would never choose at national scale, so each statement is planned with sequential scans priced
/// out (enable_seqscan = off, this session only): a sequential scan that remains has no index that can
/// serve it, and an index scan with no index condition is the whole table read through an index.
/// </summary>
public static partial class SequentialScanGuard
{
    public static readonly IReadOnlyList<string> GuardedTables = ["people", "contacts", "orders"];

    public static bool IsGuarded(string table) =>
        GuardedTables.Contains(table, StringComparer.Ordinal) || table.Contains("summar", StringComparison.Ordinal);

    public static async Task<(IReadOnlyList<SequentialScan> Scans, int Statements)> FindAsync(string connectionString, IEnumerable<PageStatements> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var scans = new List<SequentialScan>();
        var statements = 0;
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
                    if (kind.Contains("Seq Scan", StringComparison.Ordinal) || !HasIndexCondition(lines, i))
                    {
                        scans.Add(new SequentialScan(page.Page.Name, scan.Groups["table"].Value, lines[i].Trim(), query.Sql, string.Join('\n', lines)));
                    }
                }
            }
        }

        return (scans, statements);
    }

    // The node's own detail lines are those indented deeper than it, up to its first child ("->").
    private static bool HasIndexCondition(IReadOnlyList<string> lines, int node)
    {
        var indent = Indent(lines[node]);
        for (var i = node + 1; i < lines.Count && Indent(lines[i]) > indent && !lines[i].TrimStart().StartsWith("->", StringComparison.Ordinal); i++)
        {
            if (lines[i].TrimStart().StartsWith("Index Cond:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    [GeneratedRegex(@"(?<kind>Parallel Seq Scan|Seq Scan|Index Only Scan Backward|Index Only Scan|Index Scan Backward|Index Scan)(?: using \S+)? on (?<table>\w+)")]
    private static partial Regex ScanNode();
}
