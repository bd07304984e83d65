using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web;
using ProbationCase.Web.Tests.Lifecycle;

namespace ProbationCase.BrowserTests.Officer;

/// <summary>
/// The officer's day in real Chromium, axe on every page visited [issue 14, Must show 1]: the overview's summary and
/// compliance panel (figures computed through the domain, not typed in), recording an outcome with notes then opening
/// the contact, a repeat booking with a clash shown, and the diary.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficerDayTests(BrowserFixture browser)
{
    private async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    /// <summary>
    /// A case seen face to face 60 days ago with no plan since (so the plan is overdue), and a missed appointment 20 days
    /// ago dealt with by a warning the next day.
    /// </summary>
    private async Task<(LifecycleCase Case, DateOnly FailureOn, DateOnly WarnedOn)> CaseWithWarningAndOverduePlanAsync(string crn)
    {
        await browser.App.ResetAsync();
        var today = LifecycleCase.Today;
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, crn));
        await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-60), outcome: ContactOutcome.AttendedComplied));
        var missed = await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-20), outcome: ContactOutcome.UnacceptableAbsence));
        await InScopeAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Requirements).Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == lifecycle.OrderId);
            var failure = order.RecordUnacceptableFailure(await db.Contacts.SingleAsync(c => c.Id == missed), lifecycle.StaffId, DateTimeOffset.UtcNow);
            order.GiveWarning(failure.Id, lifecycle.StaffId, today.AddDays(-19), "You did not attend your appointment and gave no acceptable reason.", today);
            return await db.SaveChangesAsync();
        });
        return (lifecycle, today.AddDays(-20), today.AddDays(-19));
    }

    [Fact]
    public async Task Overview_CaseWithAWarningAndAnOverduePlan_SummaryAndCompliancePanelShowTheDomainsFigures()
    {
        var (lifecycle, failureOn, warnedOn) = await CaseWithWarningAndOverduePlanAsync("J400001");
        var (summary, order) = await InScopeAsync(async db => (
            await db.CaseSummaries.AsNoTracking().SingleAsync(s => s.PersonId == lifecycle.PersonId),
            await db.Orders.AsNoTracking().Include(o => o.Warnings).Include(o => o.Failures).SingleAsync(o => o.Id == lifecycle.OrderId)));
        var day = CaseloadDay.At(DateTimeOffset.UtcNow);
        Assert.True(CaseloadWarnings.Has(summary, CaseloadWarning.PlanOverdue, day));
        var warning = Assert.Single(order.LiveWarnings(day.Today));
        var elapsed = order.TimeElapsedOn(day.Today);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(LifecycleCase.RoEmail);

        await page.GotoAsync(lifecycle.Url(""));
        await page.AssertNoAccessibilityViolationsAsync();

        var plan = await page.Locator("#plan-status").InnerTextAsync();
        Assert.Contains($"due {UiDefaults.Date(summary.PlanDueOn!.Value)}", plan, StringComparison.Ordinal);
        Assert.Contains(UiDefaults.Of(CaseloadWarning.PlanOverdue), plan, StringComparison.Ordinal);
        Assert.Equal(UiDefaults.Date(summary.LastFaceToFace), (await page.Locator("#last-face-to-face").InnerTextAsync()).Trim());
        Assert.Equal(elapsed.ElapsedDays.ToString(UiDefaults.EnGb), await page.Locator("#order-elapsed .elapsed-days").InnerTextAsync());
        Assert.Equal(elapsed.TotalDays.ToString(UiDefaults.EnGb), await page.Locator("#order-elapsed .total-days").InnerTextAsync());
        Assert.Equal(UiDefaults.Of(order.ComplianceOn(day.Today)), (await page.Locator("#compliance-status").InnerTextAsync()).Trim());
        Assert.Equal(UiDefaults.Date(failureOn), (await page.Locator("#failures .failure-date").InnerTextAsync()).Trim());
        Assert.Equal($"Warning given {UiDefaults.Date(warnedOn)}", (await page.Locator("#failures .failure-action").InnerTextAsync()).Trim());
        Assert.Equal(UiDefaults.Date(warning.GivenOn), (await page.Locator("#warnings .warning-given").InnerTextAsync()).Trim());
        Assert.Equal(UiDefaults.Date(warning.WindowEndsOn), (await page.Locator("#warnings .warning-ends").InnerTextAsync()).Trim());
        Assert.StartsWith(summary.BreachInProgress ? "Breach in progress" : "No breach in progress", (await page.Locator("#breach-state").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal(CaseloadWarnings.OutcomesNotRecordedRule.Of(summary, day).ToString(UiDefaults.EnGb), await page.Locator("#outcomes-to-record .count").InnerTextAsync());
        Assert.Equal("A", (await page.Locator("#case-actions a.govuk-button", new() { HasText = "Record a contact" }).EvaluateAsync<string>("e => e.tagName")));
        Assert.Equal(0, await page.Locator(".moj-sub-navigation__link", new() { HasText = "Book an appointment" }).CountAsync());
    }

    [Fact]
    public async Task RecordOutcome_WithNotes_ThenTheContactPageShowsThem()
    {
        await browser.App.ResetAsync();
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "J400002"));
        var contactId = await InScopeAsync(db => lifecycle.AppointmentAsync(db, LifecycleCase.Today.AddDays(-1)));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(LifecycleCase.RoEmail);

        await page.GotoAsync(lifecycle.Url(""));
        await page.Locator("#outcomes-to-record a", new() { HasText = UiDefaults.Of(ContactType.OfficeAppointment) }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).ClickAsync();
        await page.GetByLabel(UiDefaults.Of(ContactOutcome.AttendedComplied), new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Notes").FillAsync("Discussed the job centre appointment.");
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        Assert.Equal("Check your answers before recording the outcome", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Discussed the job centre appointment.", await page.Locator(".govuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();

        await page.GotoAsync(lifecycle.Url($"Contacts/{contactId}"));
        await page.AssertNoAccessibilityViolationsAsync();
        Assert.Equal("Discussed the job centre appointment.", (await page.Locator("#contact-outcome-notes").InnerTextAsync()).Trim());
        Assert.Equal(UiDefaults.Of(ContactOutcome.AttendedComplied), (await page.Locator("#contact-outcome .govuk-tag").InnerTextAsync()).Trim());
        Assert.StartsWith("By Riya Osei", (await page.Locator("#contact-outcome-recorded").InnerTextAsync()).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatBooking_ClashingWithAnExistingAppointment_ShowsTheClashBeforeSaving()
    {
        await browser.App.ResetAsync();
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "J400003"));
        var first = LifecycleCase.Today.AddDays(3);
        // An appointment at 10am in the second week: the new 9:30 to 10:30 series clashes with it once.
        await InScopeAsync(db => lifecycle.AppointmentAsync(db, first.AddDays(7)));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(LifecycleCase.RoEmail);

        await page.GotoAsync(lifecycle.Url(""));
        await page.GetByRole(AriaRole.Button, new() { Name = "Book an appointment" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel(UiDefaults.Of(ContactType.OfficeAppointment), new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(first.Day.ToString(UiDefaults.EnGb));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(first.Month.ToString(UiDefaults.EnGb));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(first.Year.ToString(UiDefaults.EnGb));
        await page.GetByLabel("Start time", new() { Exact = true }).FillAsync("09:30");
        await page.GetByLabel("End time", new() { Exact = true }).FillAsync("10:30");
        await page.AssertNoAccessibilityViolationsAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Leeds (the person's office)").CheckAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Every week").CheckAsync();
        await page.GetByLabel("If it repeats, how many appointments in all?").FillAsync("3");
        await page.AssertNoAccessibilityViolationsAsync();
        await ContinueAsync(page);
        await ContinueAsync(page);

        Assert.Equal("Check your answers before booking the appointment", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        Assert.Equal(3, await page.Locator("#appointments li").CountAsync());
        Assert.True(await page.Locator("#clash-warning").IsVisibleAsync());
        Assert.Contains(UiDefaults.DateWithDay(first.AddDays(7)), await page.Locator("#appointments li.app-clash").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book 3 appointments" }).ClickAsync();

        Assert.Equal("3 appointments booked", await page.Locator(".govuk-panel__title").InnerTextAsync());
        await page.AssertNoAccessibilityViolationsAsync();
        Assert.Equal(4, await InScopeAsync(db => db.Contacts.CountAsync(c => c.PersonId == lifecycle.PersonId)));
    }

    [Fact]
    public async Task Diary_FromTheServiceNavigation_ShowsThisWeeksAppointmentsWithLinks()
    {
        await browser.App.ResetAsync();
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "J400004"));
        var day = CaseloadDay.At(DateTimeOffset.UtcNow);
        var contactId = await InScopeAsync(db => lifecycle.AppointmentAsync(db, day.Sunday));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(LifecycleCase.RoEmail);

        await page.GetByRole(AriaRole.Link, new() { Name = "My diary" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "This week" }).ClickAsync();
        await page.AssertNoAccessibilityViolationsAsync();

        var row = page.Locator($"tr[data-contact='{contactId}']");
        Assert.Contains(UiDefaults.DateWithDay(day.Sunday), await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.Locator("a.contact-link").ClickAsync();
        Assert.EndsWith($"/Contacts/{contactId}", page.Url, StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
    }

    private static Task ContinueAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
