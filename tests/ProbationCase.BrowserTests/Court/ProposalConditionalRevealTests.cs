using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Court;
using ProbationCase.Infrastructure.Persistence;
using static ProbationCase.Web.Tests.Court.CourtTestData;

namespace ProbationCase.BrowserTests.Court;

/// <summary>
/// [issue 14, Must show 1] the proposal's requirement fields are a GOV.UK conditional reveal: with JavaScript off they
/// all show and a fine's requirements are ignored by the server; with JavaScript on they show only for a community
/// order or suspended sentence order. Axe on every page visited.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProposalConditionalRevealTests(BrowserFixture browser)
{
    private async Task<Guid> ReportAsync()
    {
        await browser.App.ResetAsync();
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var person = Person("E510001", "Pat", "Reveal");
        var report = Report(person.Id);
        db.AddRange(person, Activity(), report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    [Fact]
    public async Task Proposal_JavaScriptOff_AllRequirementFieldsShowAndAFinesAreIgnored()
    {
        var reportId = await ReportAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsync("court@probation.test");

        await page.GotoAsync($"/Court/Reports/{reportId}/Proposal");
        Assert.True(await page.Locator("#conditional-requirements").IsVisibleAsync());
        Assert.True(await page.GetByLabel("Rehabilitation activity requirement (RAR): maximum days").IsVisibleAsync());

        await page.GetByLabel("Fine", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Rehabilitation activity requirement (RAR): maximum days").FillAsync("20");
        await page.GetByLabel("Unpaid work: hours").FillAsync("100");
        await page.GetByLabel("Rationale").FillAsync("A fine reflects the seriousness; no supervision is needed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save proposal" }).ClickAsync();

        Assert.Equal($"/Court/Reports/{reportId}", new Uri(page.Url).AbsolutePath);
        await using var scope = browser.App.Services.CreateAsyncScope();
        var proposal = await scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>().PreSentenceReports.AsNoTracking()
            .Where(r => r.Id == reportId).Select(r => r.Proposal).SingleAsync();
        Assert.Equal(SentenceKind.Fine, proposal!.Sentence);
        Assert.Empty(proposal.Requirements);
        await context.CloseAsync();

        // Axe cannot run where scripts are off: the same pages, as served, are checked in a context with JavaScript.
        var checker = await browser.NewPageAsync();
        await checker.SignInAsync("court@probation.test");
        foreach (var path in new[] { $"/Court/Reports/{reportId}/Proposal", $"/Court/Reports/{reportId}" })
        {
            await checker.GotoAsync(path);
            await checker.AssertNoAccessibilityViolationsAsync();
        }
    }

    [Fact]
    public async Task Proposal_JavaScriptOn_RequirementsRevealedOnlyForSentencesThatTakeThem()
    {
        var reportId = await ReportAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync("court@probation.test");

        await page.GotoAsync($"/Court/Reports/{reportId}/Proposal");
        var rar = page.GetByLabel("Rehabilitation activity requirement (RAR): maximum days");
        Assert.False(await rar.IsVisibleAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GetByLabel("Community order", new() { Exact = true }).CheckAsync();
        Assert.True(await rar.IsVisibleAsync());
        await page.GetByLabel("Discharge", new() { Exact = true }).CheckAsync();
        Assert.False(await rar.IsVisibleAsync());
        await page.GetByLabel("Suspended sentence order", new() { Exact = true }).CheckAsync();
        Assert.True(await rar.IsVisibleAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }
}
