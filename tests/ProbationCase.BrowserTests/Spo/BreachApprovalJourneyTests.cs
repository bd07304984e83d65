using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Spo;

namespace ProbationCase.BrowserTests.Spo;

/// <summary>
/// Acceptance, in Chromium with axe on every page: the RO records an unacceptable absence after a warning and
/// refers the breach through the outcome journey, the SPO approves it with a rationale in a separate browser
/// context, the RO's case shows the breach in progress and the team dashboard's breaches in progress goes up by one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BreachApprovalJourneyTests(BrowserFixture browser)
{
    private const string BreachRationale = "Second unacceptable absence within 12 months of a warning: return to court.";

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

    private static async Task<string> ComplianceOnCaseAsync(IPage page, Guid personId, Guid orderId)
    {
        await page.GotoAsync($"/Cases/{personId}");
        await page.AssertNoAccessibilityViolationsAsync();
        return await page.Locator($"#order-{orderId} .compliance").InnerTextAsync();
    }

    [Fact]
    public async Task BreachReferral_ApprovedBySpo_ShowsOnCaseAndDashboard()
    {
        await browser.App.ResetAsync();
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var (person, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer, "Journeycase"));
        // Warned within the last 12 months, so an unacceptable failure on this appointment requires a breach.
        var missed = await InScopeAsync(db => SpoTestTeam.AwaitingOutcomeAfterWarningAsync(db, order, team.Officer.Id));
        var spo = await browser.NewPageAsync();
        await spo.SignInAsync("spo@probation.test");
        var before = await BreachesInProgressAsync(spo);

        var ro = await browser.NewPageAsync();
        await ro.SignInAsync("ro@probation.test");
        Assert.Equal("1 failure in the last 12 months, warning given", await ComplianceOnCaseAsync(ro, person.Id, order.Id));
        await RecordUnacceptableAbsenceAndReferBreachAsync(ro, person.Id, missed.Id);

        await spo.GotoAsync("/Spo/Approvals");
        await spo.AssertNoAccessibilityViolationsAsync();
        var referral = spo.Locator("#pending tbody tr").Filter(new() { HasText = "Alex Journeycase" });
        Assert.Contains("Breach", await referral.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Riya Osei", await referral.InnerTextAsync(), StringComparison.Ordinal);
        await referral.GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        Assert.Contains(BreachRationale, await spo.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await spo.AssertNoAccessibilityViolationsAsync();

        await spo.GetByLabel("Approve").CheckAsync();
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        Assert.Equal(1, await spo.Locator(".govuk-error-summary").CountAsync());
        await spo.AssertNoAccessibilityViolationsAsync();

        await spo.GetByLabel("Your rationale").FillAsync("Agreed: the warning was clear and this is the second absence. Prepare the breach report.");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        Assert.Contains("approved", await spo.Locator(".govuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
        await spo.AssertNoAccessibilityViolationsAsync();

        Assert.Equal("Breach in progress", await ComplianceOnCaseAsync(ro, person.Id, order.Id));
        await ro.GotoAsync($"/Cases/{person.Id}/Oversight");
        var decisions = await ro.Locator("#decisions").InnerTextAsync();
        Assert.Contains("Approved", decisions, StringComparison.Ordinal);
        Assert.Contains("Breach in progress", decisions, StringComparison.Ordinal);
        Assert.Contains("Prepare the breach report.", decisions, StringComparison.Ordinal);
        await ro.AssertNoAccessibilityViolationsAsync();

        Assert.Equal(before + 1, await BreachesInProgressAsync(spo));
    }

    /// <summary>The RO's outcome journey from the activity log: unacceptable absence, no excuse, refer for breach.</summary>
    private static async Task RecordUnacceptableAbsenceAndReferBreachAsync(IPage ro, Guid personId, Guid contactId)
    {
        await ro.GetByRole(AriaRole.Link, new() { Name = "Activity log", Exact = true }).ClickAsync();
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.Locator($"tr[data-contact='{contactId}'] a.record-outcome").ClickAsync();
        Assert.EndsWith($"/Cases/{personId}/Contacts/{contactId}/Outcome", new Uri(ro.Url).AbsolutePath, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("What was the outcome?", await ro.Locator("h1").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByLabel("Unacceptable absence / failed to attend").CheckAsync();
        await ContinueAsync(ro);

        Assert.Equal("Did the person have a reasonable excuse?", await ro.Locator("h1").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await ContinueAsync(ro);

        // A warning was given in the last 12 months, so the journey offers breach or discretion, never another warning.
        Assert.Equal("What will you do about the failure?", await ro.Locator("h1").InnerTextAsync());
        Assert.Equal(2, await ro.Locator("input[name='Input.Response']").CountAsync());
        Assert.Equal(0, await ro.GetByLabel("Give a warning").CountAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByLabel("Refer for breach").CheckAsync();
        await ContinueAsync(ro);

        Assert.Equal("Why should the order be breached?", await ro.Locator("h1").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await ContinueAsync(ro);
        Assert.Contains("Enter why the order should be breached", await ro.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByLabel("Why should the order be breached?").FillAsync(BreachRationale);
        await ContinueAsync(ro);

        Assert.Equal("Check your answers before recording the outcome", await ro.Locator("h1").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).ClickAsync();
        Assert.Equal("Outcome recorded", await ro.Locator(".govuk-panel__title").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
    }

    private static Task ContinueAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

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
