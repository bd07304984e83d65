using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.BrowserTests.Court;

[Collection(BrowserCollection.Name)]
public sealed class CourtJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task CourtJourney_NewPersonToSentence_CreatesOrderWithPassedRequirementsAndQueuesCase()
    {
        // Arrange: a RAR activity in the catalogue and a team with an allocation queue.
        var suffix = Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
        var activityName = $"Thinking skills one-to-one {suffix}";
        var teamName = $"Court Journey Team {suffix}";
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
            var office = Office.Create($"Journey office {suffix}", null);
            db.AddRange(
                office,
                Team.Create(teamName, office.Id),
                Intervention.Create(activityName, InterventionType.RarActivity, 6, "Interventions Alliance", "Exeter", isWomenOnly: false, isAvailableNow: true));
            await db.SaveChangesAsync();
        }

        var today = LondonClock.Today(TimeProvider.System);
        var page = await browser.NewPageAsync();

        // Sign in and start a report.
        await page.SignInAsync("court@probation.test");
        Assert.Equal("Court work", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Start a new report" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();

        // An error state, checked for accessibility too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Start report" }).ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        await page.Locator("input[name='Input.Type'][value='StandardDelivery']").CheckAsync();
        await page.Locator("input[name='Input.CourtName']").FillAsync("Exeter Crown Court");
        await FillDateAsync(page, "Input.HearingDate", today);
        await page.Locator("input[name='Input.FindBy'][value='NewPerson']").CheckAsync();
        await page.Locator("input[name='Input.NewFirstName']").FillAsync("Jordan");
        await page.Locator("input[name='Input.NewLastName']").FillAsync($"Journey{suffix}");
        await FillDateAsync(page, "Input.NewDateOfBirth", new DateOnly(1994, 6, 1));
        await page.Locator("input[name='Input.Offences[0].Description']").FillAsync("Assault by beating");
        await FillDateAsync(page, "Input.Offences[0].Date", new DateOnly(2025, 1, 2));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start report" }).ClickAsync();

        Assert.Equal("Pre-sentence report", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        // The written sections every report needs before it is ready.
        foreach (var (section, field, text) in new[]
        {
            ("Sources of information", "Input.SourcesOfInformation", "Interview and CPS papers."),
            ("Offence analysis", "Input.OffenceAnalysis", "Impulsive assault after drinking."),
        })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();
            await page.Locator($"textarea[name='{field}']").FillAsync(text);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the report" }).ClickAsync();
        }

        // RoSH screening.
        await page.GetByRole(AriaRole.Link, new() { Name = "RoSH screening and who is at risk" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await page.Locator("input[name='Input.Rosh'][value='Low']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the report" }).ClickAsync();

        // Proposal: community order, 12 months, RAR 20 days with the catalogue activity.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sentencing proposal" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await page.Locator("input[name='Input.Sentence'][value='CommunityOrder']").CheckAsync();
        await page.Locator("input[name='Input.LengthInMonths']").FillAsync("12");
        await page.Locator("input[name='Input.RarDays']").FillAsync("20");
        await page.GetByLabel(activityName, new() { Exact = false }).CheckAsync();
        await page.Locator("textarea[name='Input.Rationale']").FillAsync("Structured work on thinking skills and emotional management.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save proposal" }).ClickAsync();
        Assert.Contains("RAR: 20 days", await page.Locator("#proposal-summary").InnerTextAsync(), StringComparison.Ordinal);

        // Both checks returned.
        foreach (var check in new[] { "Police domestic abuse check", "Children's services check" })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = check }).ClickAsync();
            await page.AssertNoAccessibilityViolationsAsync();
            await page.Locator("input[name='Input.Action'][value='Returned']").CheckAsync();
            await page.Locator("textarea[name='Input.Result']").FillAsync("Nothing recorded.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to the report" }).ClickAsync();
        }

        // Ready, then given to the court.
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark ready for court" }).ClickAsync();
        Assert.Equal("Ready", await page.Locator("#report-status").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record that it was given to the court" }).ClickAsync();
        Assert.Equal("Delivered", await page.Locator("#report-status").InnerTextAsync());

        // The sentence: 12-month community order, RAR 25 days and 100 hours unpaid work.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the sentence" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        Assert.Equal("20", await page.Locator("input[name='Passed.RarDays']").InputValueAsync());
        await page.Locator("input[name='Passed.RarDays']").FillAsync("25");
        await page.Locator("input[name='Passed.UnpaidWorkHours']").FillAsync("100");
        await page.Locator("select[name='Input.TeamId']").SelectOptionAsync(new SelectOptionValue { Label = teamName });
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        Assert.Equal("Check the sentence before you record it", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the sentence" }).ClickAsync();

        // The order's requirements are read back from the database; the case waits in the team's queue.
        Assert.Equal("Sentenced", await page.Locator("#report-status").InnerTextAsync());
        var requirements = await page.Locator("#order-requirements li").AllInnerTextsAsync();
        Assert.Equal(["RAR: 25 days", "Unpaid work: 100 hours"], requirements.Select(text => text.Trim()).ToList());
        Assert.Equal($"Awaiting allocation – {teamName}", (await page.Locator("#allocation").InnerTextAsync()).Trim());
        await page.AssertNoAccessibilityViolationsAsync();
    }

    private static async Task FillDateAsync(IPage page, string name, DateOnly date)
    {
        await page.Locator($"input[name='{name}.Day']").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"input[name='{name}.Month']").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"input[name='{name}.Year']").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
