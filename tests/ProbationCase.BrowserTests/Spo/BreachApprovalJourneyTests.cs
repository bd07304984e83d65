using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Spo;

namespace ProbationCase.BrowserTests.Spo;

/// <summary>
/// Acceptance: an RO refers a breach, the SPO approves it with a rationale, the RO's case shows the breach in
/// progress and the team dashboard's breaches in progress goes up by one. The RO's outcome and referral pages
/// are not on this branch, so the referral is made through the domain in the test's database.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BreachApprovalJourneyTests(BrowserFixture browser)
{
    private async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    private static async Task<int> BreachesInProgressAsync(IPage page)
    {
        await page.GotoAsync("/Spo/Dashboard");
        await page.AssertNoAccessibilityViolationsAsync();
        return int.Parse(await page.Locator("#team-breaches").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task BreachReferral_ApprovedBySpo_ShowsOnCaseAndDashboard()
    {
        await browser.App.ResetAsync();
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var (person, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer, "Journeycase"));
        var spo = await browser.NewPageAsync();
        await spo.SignInAsync("spo@probation.test");
        var before = await BreachesInProgressAsync(spo);

        // The RO refers the breach (through the domain: the RO outcome journey is built on another branch).
        var decision = await InScopeAsync(db => SpoTestTeam.BreachReferralAsync(db, order, team.Officer.Id, team.Officer.Id));

        await spo.GotoAsync("/Spo/Approvals");
        await spo.AssertNoAccessibilityViolationsAsync();
        await spo.Locator($"a[href='/Spo/Approvals/{decision.Id}']").ClickAsync();
        await spo.AssertNoAccessibilityViolationsAsync();

        await spo.GetByLabel("Approve").CheckAsync();
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        Assert.Equal(1, await spo.Locator(".govuk-error-summary").CountAsync());
        await spo.AssertNoAccessibilityViolationsAsync();

        await spo.GetByLabel("Your rationale").FillAsync("Second unacceptable absence within 12 months of a warning: return to court.");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        Assert.Contains("approved", await spo.Locator(".govuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
        await spo.AssertNoAccessibilityViolationsAsync();

        var ro = await browser.NewPageAsync();
        await ro.SignInAsync("ro@probation.test");
        await ro.GotoAsync($"/Cases/{person.Id}/Oversight");
        var decisions = await ro.Locator("#decisions").InnerTextAsync();
        Assert.Contains("Approved", decisions, StringComparison.Ordinal);
        Assert.Contains("Breach in progress", decisions, StringComparison.Ordinal);
        await ro.AssertNoAccessibilityViolationsAsync();

        Assert.Equal(before + 1, await BreachesInProgressAsync(spo));
    }

    [Fact]
    public async Task SpoPages_EachPage_HasNoAccessibilityViolations()
    {
        await browser.App.ResetAsync();
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var queued = await InScopeAsync(db => team.AwaitingAllocationAsync(db));
        var (person, _) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer));
        var page = await browser.NewPageAsync();
        await page.SignInAsync("spo@probation.test");

        foreach (var path in new[] { "/Spo", "/Spo/Allocations", $"/Spo/Allocations/{queued.Id}", "/Spo/Caseload", "/Spo/Approvals", "/Spo/Audits?Sample.Size=1", $"/Spo/Audits/{person.Id}", $"/Cases/{person.Id}/Oversight" })
        {
            await page.GotoAsync(path);
            await page.AssertNoAccessibilityViolationsAsync();
        }

        // Error states: allocation with no officer or reason, oversight with nothing reviewed.
        await page.GotoAsync($"/Spo/Allocations/{queued.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate case" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GotoAsync($"/Cases/{person.Id}/Oversight");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save oversight" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }
}
