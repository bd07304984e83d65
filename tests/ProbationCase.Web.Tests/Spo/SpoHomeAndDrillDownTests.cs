using System.Globalization;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Spo;

/// <summary>
/// [issue 14, Must show 5] the SPO's home shows each officer's workload with the allocation page's figures, and every
/// dashboard figure links to the team caseload filtered to exactly the cases it counts, over a small demo region.
/// </summary>
public sealed class SpoHomeAndDrillDownTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static readonly DemoRegionSize Small = new(Teams: 2, OfficersPerTeam: 3, MinCasesPerOfficer: 6, MaxCasesPerOfficer: 9, AwaitingAllocationInFirstTeam: 2);

    private async Task<HttpClient> SeededSpoAsync()
    {
        await using (var seed = Factory.Services.CreateAsyncScope())
        {
            await seed.ServiceProvider.GetRequiredService<DemoRegionSeeder>().SeedAsync(Small);
        }

        return await SignedInClientAsync("spo@probation.test");
    }

    private static string Cell(IElement? element) => element?.TextContent.Trim() ?? "";

    /// <summary>A figure link's number: its text without the visually hidden context.</summary>
    private static string Figure(IElement link) =>
        string.Concat(link.ChildNodes.Where(node => node is not IElement element || !element.ClassList.Contains("govuk-visually-hidden")).Select(node => node.TextContent)).Trim();

    [Fact]
    public async Task Home_WorkloadBars_EqualTheAllocationPagesFigures()
    {
        var client = await SeededSpoAsync();

        var home = await client.GetDocumentAsync("/Spo");
        var queue = await client.GetDocumentAsync("/Spo/Allocations");
        var allocate = await client.GetDocumentAsync(queue.QuerySelector("#main-content a[href^='/Spo/Allocations/']")!.GetAttribute("href")!);

        var bars = home.QuerySelectorAll("#workload tbody tr").Select(row => (
            Name: row.QuerySelector("th")!.FirstChild!.TextContent.Trim(),
            Cases: Figure(row.QuerySelector("[data-figure='cases'] a")!),
            Weighted: Cell(row.QuerySelector("[data-figure='weighted']")),
            Percent: Cell(row.QuerySelector("[data-figure='percent']")))).ToList();
        var allocation = allocate.QuerySelectorAll("table").Last(table => table.QuerySelector("caption")!.TextContent.StartsWith("Officers in", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td").Select(Cell).ToList()).Select(cells => (
                Name: cells[0].Replace(" (current officer)", "", StringComparison.Ordinal),
                Cases: cells[2],
                Weighted: cells[3],
                Percent: cells[4].Split('%')[0] + "%")).ToList();
        Assert.NotEmpty(bars);
        Assert.Equal(allocation, bars);
        Assert.Contains(bars, bar => bar.Cases != "0");
    }

    [Fact]
    public async Task Home_WaitingCounts_EqualTheQueuesTheyLinkTo()
    {
        var client = await SeededSpoAsync();

        var home = await client.GetDocumentAsync("/Spo");
        string Count(string key) => Cell(home.QuerySelector($"#awaiting li[data-count='{key}'] strong"));
        var approvals = await client.GetDocumentAsync("/Spo/Approvals");
        var queue = await client.GetDocumentAsync("/Spo/Allocations");
        var oversight = await CasesBehindAsync(client, home.QuerySelector("#awaiting li[data-count='oversight'] a")!.GetAttribute("href")!);

        Assert.Equal(queue.QuerySelectorAll("#main-content tbody tr a[href^='/Spo/Allocations/']").Length.ToString(CultureInfo.InvariantCulture), Count("allocations"));
        Assert.Equal("2", Count("allocations"));
        Assert.Equal(approvals.QuerySelectorAll("#pending tbody tr a[href^='/Spo/Approvals/']").Length.ToString(CultureInfo.InvariantCulture), Count("approvals"));
        Assert.Equal(approvals.QuerySelectorAll("#breach-packs tbody tr a").Length.ToString(CultureInfo.InvariantCulture), Count("breach-packs"));
        Assert.Equal(oversight.Rows.ToString(CultureInfo.InvariantCulture), Count("oversight"));
    }

    [Fact]
    public async Task Dashboard_EachFigure_LinksToExactlyTheCasesItCounts()
    {
        var client = await SeededSpoAsync();
        var dashboard = await client.GetDocumentAsync("/Spo/Dashboard");
        var links = dashboard.QuerySelectorAll("#main-content a.app-figure").ToList();
        var followed = new Dictionary<string, (int Rows, int OverdueActions)>(StringComparer.Ordinal);
        var checkedCounts = 0;

        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            if (!followed.TryGetValue(href, out var behind))
            {
                behind = await CasesBehindAsync(client, href);
                followed[href] = behind;
            }

            var figure = Figure(link);
            if (link.GetAttribute("data-figure") == "cases")
            {
                Assert.True(int.Parse(figure, CultureInfo.InvariantCulture) == behind.Rows, $"{href}: the figure is {figure}, the list has {behind.Rows} cases");
                checkedCounts++;
            }
            else if (href.Contains("Measure=OversightActionOverdue", StringComparison.Ordinal))
            {
                Assert.Equal(int.Parse(figure, CultureInfo.InvariantCulture), behind.OverdueActions);
            }
            else
            {
                // A sum of days or hours over the cases listed: something summed means cases listed.
                if (decimal.Parse(figure, CultureInfo.InvariantCulture) != 0)
                {
                    Assert.True(behind.Rows > 0, $"{href}: {figure} summed over no cases");
                }
            }
        }

        Assert.True(checkedCounts > 50, $"only {checkedCounts} case figures");
        Assert.Contains(followed.Values, behind => behind.Rows > 0);
    }

    /// <summary>Follows a team caseload link through every page: the rows listed and their overdue oversight actions.</summary>
    private static async Task<(int Rows, int OverdueActions)> CasesBehindAsync(HttpClient client, string href)
    {
        Assert.StartsWith("/Spo/Caseload", href, StringComparison.Ordinal);
        var rows = 0;
        var actions = 0;
        string? next = href;
        var pages = 0;
        while (next is not null)
        {
            var page = await client.GetDocumentAsync(next);
            var listed = page.QuerySelectorAll("#caseload tbody tr").ToList();
            rows += listed.Count;
            actions += listed.Sum(row => int.Parse(row.GetAttribute("data-overdue-actions")!, CultureInfo.InvariantCulture));
            next = page.QuerySelector(".govuk-pagination a[rel='next']")?.GetAttribute("href");
            Assert.True(++pages < 50, $"{href}: too many pages");
        }

        return (rows, actions);
    }
}
