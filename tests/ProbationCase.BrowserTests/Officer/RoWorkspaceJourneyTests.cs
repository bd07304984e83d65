using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Cases;
using static ProbationCase.Web.Tests.Cases.CaseloadSeed;

namespace ProbationCase.BrowserTests.Officer;

/// <summary>The responsible officer's pages in real Chromium, each checked with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoWorkspaceJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Ro = "ro@probation.test";

    private Guid _personId;

    private Guid _orderId;

    private Guid _attendedId;

    private Guid _rarActivityId;

    public async Task InitializeAsync()
    {
        await browser.App.ResetAsync();
        var seed = new CaseloadSeed(browser.App.Services);
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "R123456", "Robin", "Ashworth");
        person.AssessRisk(new RiskAssessment { Rosh = RoshLevel.High, Flags = RiskFlags.DomesticAbuse }, me.Id, "Police call-out", Now.AddDays(-20));
        var order = OrderSentenced(person, 40, RequirementTerms.Rar(20), RequirementTerms.UnpaidWork(80));
        order.StartRequirement(order.Rar!.Id, Today.AddDays(-39));
        var quiet = AllocatedPerson(me, "R654321", "Alex", "Brook");
        var quietOrder = OrderSentenced(quiet, 0);
        var attended = Contact(order, me, At(38), ContactOutcome.AttendedComplied);
        var rarActivity = Contact(order, me, At(20), ContactOutcome.AttendedComplied, ContactType.RarActivity, order.Rar.Id, "Thinking skills one-to-one");
        await seed.SaveAsync(person, order, quiet, quietOrder,
            attended,
            rarActivity,
            Contact(order, me, At(10), ContactOutcome.AttendedComplied, ContactType.HomeVisit, notes: "Disclosed a new partner", sensitive: true),
            Contact(order, me, At(2)),
            Contact(order, me, At(-5)));
        _personId = person.Id;
        _orderId = order.Id;
        _attendedId = attended.Id;
        _rarActivityId = rarActivity.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<IPage> SignedInPageAsync()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Ro);
        return page;
    }

    [Fact]
    public async Task MyCases_WithWarnings_HasNoAccessibilityViolations()
    {
        var page = await SignedInPageAsync();

        await page.GotoAsync("/Officer");

        Assert.Equal(2, await page.Locator("#caseload tbody tr").CountAsync());
        Assert.True(await page.Locator("#caseload [data-warning='OutcomeNotRecorded']").CountAsync() > 0);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task CaseRecord_FromMyCases_HasNoAccessibilityViolations()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Officer");

        await page.GetByRole(AriaRole.Link, new() { Name = "Robin Ashworth" }).ClickAsync();

        Assert.Equal("Robin Ashworth", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("1 of 20", await page.Locator(".rar-progress").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task ActivityLog_FilteredAndWithAnInvalidDate_HasNoAccessibilityViolations()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync($"/Cases/{_personId}/Activity");
        Assert.Equal(5, await page.Locator("#activity tbody tr").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        var from = page.GetByRole(AriaRole.Group, new() { Name = "Date from" });
        await from.GetByLabel("Day").FillAsync("31");
        await from.GetByLabel("Month").FillAsync("2");
        await from.GetByLabel("Year").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        Assert.Contains("Date from must be a real date", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Queues_WithAnOutcomeDue_HasNoAccessibilityViolations()
    {
        var page = await SignedInPageAsync();

        await page.GotoAsync("/Officer/Queues");

        Assert.Equal(1, await page.Locator("#outcomes tbody tr").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Search_WithResultsAndWithAnError_HasNoAccessibilityViolations()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Search");

        await page.GetByLabel("CRN or name").FillAsync("ashworth");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        Assert.Equal(1, await page.Locator("#results tbody tr").CountAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GetByLabel("CRN or name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        Assert.Contains("Enter a CRN or name", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task CorrectOutcome_FromTheActivityLogWithAnErrorThenCorrected_HasNoAccessibilityViolations()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync($"/Cases/{_personId}/Activity");
        await page.Locator($"tr[data-contact='{_attendedId}'] a.correct-outcome").ClickAsync();
        Assert.Equal("Correct the outcome", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GetByLabel("Rescheduled").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Correct outcome" }).ClickAsync();
        Assert.Contains("Enter why the outcome is being corrected", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GetByLabel("Why are you correcting the outcome?").FillAsync("The appointment was moved; he came the next day.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Correct outcome" }).ClickAsync();
        Assert.Contains("Attended – complied", await page.Locator($"tr[data-contact='{_attendedId}'] .correction").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task ChangeContactType_ToAnotherTypeWithoutChoosing_HasNoAccessibilityViolations()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync($"/Cases/{_personId}/Contacts/{_rarActivityId}/Reclassify");
        Assert.Equal("What kind of contact was this?", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Change contact type" }).ClickAsync();

        Assert.Contains("Select what kind of contact this was", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task CompleteRar_FromTheRarDaysPageWithAShortfallAndNoReason_HasNoAccessibilityViolations()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync($"/Cases/{_personId}/Orders/{_orderId}/Rar");
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Complete the RAR" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Complete the RAR" }).ClickAsync();

        Assert.Contains("Only 1 of 20 RAR days were delivered", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }
}
