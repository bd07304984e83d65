using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Contacts;

namespace ProbationCase.BrowserTests.Journeys;

/// <summary>
/// The RO's core journey in Chromium, without JavaScript being needed: record RAR activities, see
/// the RAR days go up by the same-day rule, record an unacceptable absence with a warning and see
/// the compliance status change. Every page visited, error states included, is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoreJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task RecordRarActivitiesAndAWarning_UpdatesRarDaysAndCompliance()
    {
        await browser.App.ResetAsync();
        RoCase ro;
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            ro = await RoCase.CreateAsync(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>(), "J100001");
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(RoCase.RoEmail);
        var rarUrl = $"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/Rar";
        await page.GotoAsync(rarUrl);
        Assert.Equal("0", await page.Locator("#rar-delivered").InnerTextAsync());
        Assert.Equal("No failures in the last 12 months", await page.Locator("#compliance-status").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        var firstDay = RoCase.Today.AddDays(-3);
        await RecordRarActivityAsync(page, ro, firstDay, "10:00", withDateMistake: true);
        await RecordRarActivityAsync(page, ro, firstDay, "14:00");
        await RecordRarActivityAsync(page, ro, RoCase.Today.AddDays(-2), "11:30");

        await page.GotoAsync(rarUrl);
        Assert.Equal("2", await page.Locator("#rar-delivered").InnerTextAsync());
        Assert.Equal(2, await page.Locator("#activity-days tbody tr").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        await RecordUnacceptableAbsenceWithWarningAsync(page, ro, RoCase.Today.AddDays(-1));

        await page.GotoAsync(rarUrl);
        Assert.Equal("1 failure in the last 12 months, warning given", await page.Locator("#compliance-status").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task OrderAndPlanPages_IncludingErrors_HaveNoAccessibilityViolations()
    {
        await browser.App.ResetAsync();
        RoCase ro;
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            ro = await RoCase.CreateAsync(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>(), "J100002",
                [Domain.Requirements.RequirementTerms.Rar(20), Domain.Requirements.RequirementTerms.UnpaidWork(100), Domain.Requirements.RequirementTerms.AccreditedProgramme("Horizon", 19)]);
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(RoCase.RoEmail);

        await page.GotoAsync($"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/UnpaidWork");
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Credit session" }).ClickAsync();
        Assert.Contains("Enter the minutes worked", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GotoAsync($"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/Programme");
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GotoAsync(ro.Url("Plan"));
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start sentence plan" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an objective" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add objective" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GotoAsync(ro.Url("Plan"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off the plan" }).ClickAsync();
        Assert.Contains("Add at least one objective", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    private static async Task RecordRarActivityAsync(IPage page, RoCase ro, DateOnly on, string time, bool withDateMistake = false)
    {
        await page.GotoAsync(ro.Url("Contacts/Book?record=true"));
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("RAR activity", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Which requirement is it for?").SelectOptionAsync(new SelectOptionValue { Label = "Rehabilitation activity requirement (RAR)" });
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await ContinueAsync(page);

        Assert.Equal("When did the contact take place?", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        if (withDateMistake)
        {
            await FillDateAsync(page, "31", "2", on.Year.ToString(CultureInfo.InvariantCulture), time);
            await ContinueAsync(page);
            Assert.Contains("Date of the contact must be a real date", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
            await page.AssertNoAccessibilityViolationsAsync();
        }

        await FillDateAsync(page, on.Day.ToString(CultureInfo.InvariantCulture), on.Month.ToString(CultureInfo.InvariantCulture), on.Year.ToString(CultureInfo.InvariantCulture), time);
        await ContinueAsync(page);
        await page.AssertNoAccessibilityViolationsAsync();
        await AnotherPlaceAsync(page);
        await ContinueAsync(page);

        await page.GetByLabel("Attended – complied", new() { Exact = true }).CheckAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await ContinueAsync(page);

        Assert.Equal("Check your answers before recording the contact", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();

        Assert.Equal("Contact recorded", await page.Locator(".govuk-panel__title").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }

    private static async Task RecordUnacceptableAbsenceWithWarningAsync(IPage page, RoCase ro, DateOnly on)
    {
        await page.GotoAsync(ro.Url("Contacts/Book?record=true"));
        await page.GetByLabel("Office appointment", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await ContinueAsync(page);
        await FillDateAsync(page, on.Day.ToString(CultureInfo.InvariantCulture), on.Month.ToString(CultureInfo.InvariantCulture), on.Year.ToString(CultureInfo.InvariantCulture), "09:30");
        await ContinueAsync(page);
        await AnotherPlaceAsync(page);
        await ContinueAsync(page);
        await page.GetByLabel("Another outcome (absence, failure to comply) – record it on the next page").CheckAsync();
        await ContinueAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();

        Assert.Equal("What was the outcome?", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        await ContinueAsync(page);
        Assert.Contains("Select the outcome", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("Unacceptable absence / failed to attend").CheckAsync();
        await ContinueAsync(page);

        Assert.Equal("Did the person have a reasonable excuse?", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await ContinueAsync(page);

        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("Give a warning").CheckAsync();
        await ContinueAsync(page);

        Assert.Contains("This failure is unacceptable", await page.GetByLabel("What does the warning say?").InputValueAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
        await ContinueAsync(page);

        Assert.Equal("Check your answers before recording the outcome", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).ClickAsync();
        Assert.Equal("Outcome recorded", await page.Locator(".govuk-panel__title").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }

    private static async Task FillDateAsync(IPage page, string day, string month, string year, string time)
    {
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(day);
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(month);
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(year);
        await page.GetByLabel("Start time", new() { Exact = true }).FillAsync(time);
    }

    /// <summary>Answers "where": another place, typed in.</summary>
    private static async Task AnotherPlaceAsync(IPage page)
    {
        await page.GetByLabel("Another place", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("If another place, where?").FillAsync("Community centre");
        await page.AssertNoAccessibilityViolationsAsync();
        await ContinueAsync(page);
    }

    private static Task ContinueAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
