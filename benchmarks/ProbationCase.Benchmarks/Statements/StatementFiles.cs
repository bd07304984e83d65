using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ProbationCase.Benchmarks.Statements;

/// <summary>
/// Writes what the list pages sent: statements.json (page, role, URL, each query with its values inline),
/// one pgbench script per page (its queries in order: one pgbench transaction is one page's SQL) and
/// plans.md with EXPLAIN (ANALYZE, BUFFERS) of every query.
/// </summary>
public static class StatementFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Slug(string name) =>
        new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Replace("--", "-", StringComparison.Ordinal).Trim('-');

    public static async Task<(int Statements, string PlansFile, IReadOnlyList<SequentialScan> Scans)> WriteAsync(string connectionString, IReadOnlyList<PageStatements> pages, string directory)
    {
        ArgumentNullException.ThrowIfNull(pages);
        Directory.CreateDirectory(directory);
        var plans = new StringBuilder();
        var statements = 0;
        var index = new List<object>();
        foreach (var page in pages)
        {
            var queries = page.Queries.ToList();
            var slug = Slug(page.Page.Name);
            var inlined = queries.Select(SqlLiterals.Inline).ToList();
            await File.WriteAllTextAsync(Path.Combine(directory, slug + ".pgbench.sql"), string.Join("\n", inlined.Select(sql => sql.TrimEnd().TrimEnd(';') + ";\n")));
            index.Add(new { name = page.Page.Name, slug, role = page.Page.Role, url = page.Page.Url, statements = page.Commands.Count, queries = inlined });
            plans.AppendLine(CultureInfo.InvariantCulture, $"### {page.Page.Name} (`{page.Page.Url.Split('?')[0]}`, {page.Page.Role}): {page.Commands.Count} statement(s)\n");
            for (var i = 0; i < queries.Count; i++)
            {
                statements++;
                var plan = await QueryPlans.ExplainAsync(connectionString, queries[i]);
                plans.AppendLine(CultureInfo.InvariantCulture, $"Statement {i + 1}:\n\n```sql\n{queries[i].Sql.Trim()}\n```\n\n```\n{string.Join('\n', plan.PlanLines)}\n```\n");
            }
        }

        var plansFile = Path.Combine(directory, "plans.md");
        await File.WriteAllTextAsync(plansFile, plans.ToString());
        await File.WriteAllTextAsync(Path.Combine(directory, "statements.json"), JsonSerializer.Serialize(index, Indented));
        var (scans, _) = await SequentialScanGuard.FindAsync(connectionString, pages);
        return (statements, plansFile, scans);
    }
}
