using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Orders;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Lifecycle;

namespace ProbationCase.BrowserTests.Lifecycle;

/// <summary>
/// Acceptance for issue 13, in Chromium with axe on every page visited: the officer records a failure with a warning
/// dated 10 days earlier and a second failure within 12 months; the SPO approves the breach; the officer completes
/// the pack, which is refused while a section is missing, and sends it; court liaison records "revoked and
/// re-sentenced" to a new community order with a RAR; the case shows the new order, the old one terminated with
/// its shortfall, and the breach closed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BreachToCourtJourneyTests(BrowserFixture browser)
{
    private async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    [Fact]
    public async Task DatedWarningBreachPackAndResentence_CaseShowsNewOrderOldTerminatedAndBreachClosed()
    {
        await browser.App.ResetAsync();
        var today = LifecycleCase.Today;
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "J300001"));
        var first = await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-11)));
        var second = await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-2)));

        var ro = await browser.NewPageAsync();
        await ro.SignInAsync(LifecycleCase.RoEmail);

        // A warning given 10 days ago, recorded today.
        await ToActionStepAsync(ro, lifecycle, first);
        await ro.GetByLabel("Give a warning").CheckAsync();
        await ContinueAsync(ro);
        Assert.Equal("The warning", await ro.Locator("h1").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await FillDateAsync(ro, "When was the warning given?", today.AddDays(-10));
        await ContinueAsync(ro);
        Assert.Equal("Check your answers before recording the outcome", await ro.Locator("h1").InnerTextAsync());
        Assert.Contains(Date(today.AddDays(-10)), await ro.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).ClickAsync();
        Assert.Equal("Outcome recorded", await ro.Locator(".govuk-panel__title").InnerTextAsync());

        // A second failure within 12 months of the warning's date: breach.
        await ToActionStepAsync(ro, lifecycle, second);
        Assert.Equal(0, await ro.GetByLabel("Give a warning").CountAsync());
        await ro.GetByLabel("Refer for breach").CheckAsync();
        await ContinueAsync(ro);
        await ro.GetByLabel("Why should the order be breached?").FillAsync("Second unacceptable absence within 12 months of a warning.");
        await ContinueAsync(ro);
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).ClickAsync();
        Assert.Equal("Outcome recorded", await ro.Locator(".govuk-panel__title").InnerTextAsync());

        // The SPO approves; the pack then shows as due next to the approvals.
        var spo = await browser.NewPageAsync();
        await spo.SignInAsync("spo@probation.test");
        await spo.GotoAsync("/Spo/Approvals");
        await spo.Locator("#pending").GetByRole(AriaRole.Link, new() { NameRegex = new("^Review") }).ClickAsync();
        await spo.AssertNoAccessibilityViolationsAsync();
        await spo.GetByLabel("Approve").CheckAsync();
        await spo.GetByLabel("Your rationale").FillAsync("Agreed: prepare the breach pack.");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await spo.GotoAsync("/Spo/Approvals");
        Assert.Contains("Due", await spo.Locator("#breach-packs").InnerTextAsync(), StringComparison.Ordinal);
        await spo.AssertNoAccessibilityViolationsAsync();

        // The officer's pack is refused while a section is missing, then sent.
        await ro.GotoAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Enforcement"));
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.Locator("#breaches").GetByRole(AriaRole.Link, new() { NameRegex = new("^Breach pack") }).ClickAsync();
        Assert.Equal("Breach pack", await ro.Locator("h1").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByLabel("3. Compliance history").FillAsync("Attended weekly until the first failure; warned 10 days later.");
        await ro.GetByLabel("5. Progress so far").FillAsync("The sentence plan is agreed; no RAR days yet.");
        await ro.GetByRole(AriaRole.Button, new() { Name = "Save the pack" }).ClickAsync();
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByRole(AriaRole.Button, new() { Name = "Send to court" }).ClickAsync();
        Assert.Contains("The breach pack cannot be sent until it has your proposal to the court.", await ro.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GetByLabel("6. Your proposal to the court").FillAsync("Revoke and re-sentence to a community order with a RAR.");
        await ro.GetByRole(AriaRole.Button, new() { Name = "Save the pack" }).ClickAsync();
        var savedText = await ro.Locator("main").InnerTextAsync();
        Assert.True(savedText.Contains("The breach pack is saved.", StringComparison.Ordinal), savedText[..Math.Min(600, savedText.Length)]);
        await ro.GetByRole(AriaRole.Button, new() { Name = "Send to court" }).ClickAsync();
        Assert.Contains("recorded as sent to court", await ro.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await ro.AssertNoAccessibilityViolationsAsync();

        // Court liaison records the court's outcome.
        var court = await browser.NewPageAsync();
        await court.SignInAsync("court@probation.test");
        await court.GotoAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Enforcement"));
        await court.GetByRole(AriaRole.Link, new() { Name = "Record the court's outcome" }).ClickAsync();
        await court.AssertNoAccessibilityViolationsAsync();
        await court.GetByLabel("Order revoked and re-sentenced").CheckAsync();
        await court.GetByRole(AriaRole.Button, new() { Name = "Record the court's outcome" }).ClickAsync();
        Assert.Contains("Select the new order the court passed", await court.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await court.AssertNoAccessibilityViolationsAsync();
        await court.GetByLabel("Order revoked and re-sentenced").CheckAsync();
        await court.GetByLabel("Community order", new() { Exact = true }).CheckAsync();
        await court.GetByLabel("Length of the new order in months").FillAsync("12");
        await court.GetByLabel("RAR: maximum days", new() { Exact = true }).FillAsync("15");
        await court.GetByRole(AriaRole.Button, new() { Name = "Record the court's outcome" }).ClickAsync();
        Assert.Contains("Order revoked and re-sentenced", await court.Locator("#breaches .court-outcome").InnerTextAsync(), StringComparison.Ordinal);
        await court.AssertNoAccessibilityViolationsAsync();

        // The case: the new order, the old one terminated with its shortfall, the breach closed.
        var newOrderId = await InScopeAsync(db => db.Orders.Where(o => o.PersonId == lifecycle.PersonId && o.Id != lifecycle.OrderId).Select(o => o.Id).SingleAsync());
        await ro.GotoAsync(lifecycle.Url(""));
        Assert.Equal(1, await ro.Locator($"#order-{newOrderId}").CountAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GotoAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/End"));
        Assert.Contains("revoked on breach and re-sentenced", await ro.Locator("#order-ended").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("0 of 20 RAR days", await ro.Locator("#requirements-at-end").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Revoked on breach and re-sentenced", await ro.Locator("#requirements-at-end").InnerTextAsync(), StringComparison.Ordinal);
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GotoAsync(lifecycle.Url($"Orders/{lifecycle.OrderId}/Enforcement"));
        Assert.Equal("Closed", await ro.Locator("#breaches .breach-stage").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();
        await ro.GotoAsync(lifecycle.Url($"Orders/{newOrderId}/Rar"));
        Assert.Equal("15", await ro.Locator("#rar-maximum").InnerTextAsync());
        await ro.AssertNoAccessibilityViolationsAsync();

        var old = await InScopeAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == lifecycle.OrderId));
        Assert.Equal((today, TerminationReason.RevokedAndResentenced), (old.ActualEndDate!.Value, old.TerminationReason!.Value));
    }

    private static async Task ToActionStepAsync(IPage page, LifecycleCase lifecycle, Guid contactId)
    {
        await page.GotoAsync(lifecycle.Url($"Contacts/{contactId}/Outcome"));
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("Unacceptable absence / failed to attend").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await ContinueAsync(page);
        Assert.Equal("What will you do about the failure?", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
    }

    private static async Task FillDateAsync(IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static string Date(DateOnly date) => ProbationCase.Web.UiDefaults.Date(date);

    private static Task ContinueAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
