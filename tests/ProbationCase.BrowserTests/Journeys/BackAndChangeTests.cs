using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Spo;

namespace ProbationCase.BrowserTests.Journeys;

/// <summary>
/// [issue 14, Must show 1] GOV.UK journey patterns on the record-an-outcome journey: the back link goes to the previous
/// question with the answers kept, and a Change link on check your answers returns to the check page after the change.
/// Axe on every page visited.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackAndChangeTests(BrowserFixture browser)
{
    private async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    private static async Task<string> HeadingAsync(IPage page)
    {
        await page.AssertNoAccessibilityViolationsAsync();
        return (await page.Locator("h1").InnerTextAsync()).Trim();
    }

    private static Task ContinueAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    private static Task BackAsync(IPage page) => page.Locator(".govuk-back-link").ClickAsync();

    [Fact]
    public async Task OutcomeJourney_BackAndChange_KeepAnswersAndReturnToCheck()
    {
        await browser.App.ResetAsync();
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var (person, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer, "Backlink"));
        var missed = await InScopeAsync(db => SpoTestTeam.AwaitingOutcomeAfterWarningAsync(db, order, team.Officer.Id));
        var page = await browser.NewPageAsync();
        await page.SignInAsync("ro@probation.test");

        await page.GotoAsync($"/Cases/{person.Id}/Contacts/{missed.Id}/Outcome");
        Assert.Equal("What was the outcome?", await HeadingAsync(page));
        Assert.Equal("Back", (await page.Locator(".govuk-back-link").InnerTextAsync()).Trim());
        await page.GetByLabel("Unacceptable absence / failed to attend").CheckAsync();
        await ContinueAsync(page);
        Assert.Equal("Did the person have a reasonable excuse?", await HeadingAsync(page));
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await ContinueAsync(page);
        Assert.Equal("What will you do about the failure?", await HeadingAsync(page));

        // Back twice: each earlier question shows again with its answer kept.
        await BackAsync(page);
        Assert.Equal("Did the person have a reasonable excuse?", await HeadingAsync(page));
        Assert.True(await page.GetByLabel("No", new() { Exact = true }).IsCheckedAsync());
        await BackAsync(page);
        Assert.Equal("What was the outcome?", await HeadingAsync(page));
        Assert.True(await page.GetByLabel("Unacceptable absence / failed to attend").IsCheckedAsync());

        await ContinueAsync(page);
        await ContinueAsync(page);
        await page.GetByLabel("Refer for breach").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Why should the order be breached?").FillAsync("Second failure within 12 months of the warning.");
        await ContinueAsync(page);
        Assert.Equal("Check your answers before recording the outcome", await HeadingAsync(page));

        // Change reads as a link with hidden context, and after the change the journey returns to the check page.
        var change = page.GetByRole(AriaRole.Button, new() { Name = "Change rationale" });
        Assert.Contains("govuk-link", await change.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        await change.ClickAsync();
        Assert.Equal("Why should the order be breached?", await HeadingAsync(page));
        Assert.Equal("Second failure within 12 months of the warning.", await page.GetByLabel("Why should the order be breached?").InputValueAsync());
        await page.GetByLabel("Why should the order be breached?").FillAsync("Second unacceptable absence after a clear warning.");
        await ContinueAsync(page);
        Assert.Equal("Check your answers before recording the outcome", await HeadingAsync(page));
        var answers = await page.Locator(".govuk-summary-list").InnerTextAsync();
        Assert.Contains("Second unacceptable absence after a clear warning.", answers, StringComparison.Ordinal);
        Assert.Contains("Refer for breach", answers, StringComparison.Ordinal);

        // Changing the outcome, then going back, returns to the check page with nothing lost.
        await page.GetByRole(AriaRole.Button, new() { Name = "Change outcome" }).ClickAsync();
        Assert.Equal("What was the outcome?", await HeadingAsync(page));
        await BackAsync(page);
        Assert.Equal("Check your answers before recording the outcome", await HeadingAsync(page));
        Assert.Contains("Second unacceptable absence after a clear warning.", await page.Locator(".govuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
    }
}
