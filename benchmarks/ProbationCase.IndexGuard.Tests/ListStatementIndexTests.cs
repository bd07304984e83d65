using ProbationCase.Benchmarks.Checking;
using ProbationCase.Benchmarks.Statements;

namespace ProbationCase.IndexGuard.Tests;

/// <summary>
/// [issue 11] Every list page's statements reach people, contacts, orders and the case summary through
/// an index. The statements are captured from the real pages (ListPageStatements), so when a list changes
/// its query, the guard checks the new one. Drop an index a list relies on and this fails, naming the page
/// and the plan node.
/// </summary>
[Collection(MidSizeRegionCollection.Name)]
public sealed class ListStatementIndexTests(MidSizeRegion region)
{
    [Fact]
    public async Task ListPages_OnAMidSizeRegion_ReadNoGuardedTableEndToEnd()
    {
        await using var capture = new ListPageStatements(region.ConnectionString);
        var pages = await capture.CaptureAsync();

        var (scans, statements) = await SequentialScanGuard.FindAsync(region.ConnectionString, pages);

        Assert.True(pages.Count >= 12, $"Only {pages.Count} list pages were found by following links.");
        Assert.True(statements > 0, "No list statements were captured.");
        Assert.True(scans.Count == 0,
            $"{scans.Count} whole-table read(s) in {statements} list statements:\n" +
            string.Join("\n", scans.Select(scan => $"  {scan.Page}: {scan.Node}")) +
            $"\n\nFirst plan:\n{(scans.Count == 0 ? string.Empty : scans[0].Plan)}");
    }

    [Fact]
    public async Task GeneratedRegion_ASampleOfCases_PassesTheDomainRulesAndMatchesItsSummary()
    {
        var result = await new DomainSampleCheck(region.ConnectionString).RunAsync(200, DateTimeOffset.UtcNow);

        Assert.Equal(200, result.Cases);
        Assert.Equal(200, result.Summaries);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems.Take(20).Select(problem => $"{problem.Crn} {problem.Rule}: {problem.Detail}")));
    }
}
