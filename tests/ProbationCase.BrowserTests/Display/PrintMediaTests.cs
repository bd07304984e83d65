using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Lifecycle;

namespace ProbationCase.BrowserTests.Display;

/// <summary>
/// The print stylesheet on case pages [issue 14, Must show 2]: with print media emulated, the case overview, the RAR
/// page and the SPO's breach approval page show no header or navigation, print no link addresses, carry the
/// OFFICIAL-SENSITIVE marking with the person's name and CRN on every page, and their PDFs hold the figures.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintMediaTests(BrowserFixture browser)
{
    private const string Crn = "J300014";
    private const string Name = "Jo Example";

    private async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    [Fact]
    public async Task CaseOverviewRarAndBreachApproval_Printed_HaveMarkingNameAndFiguresAndNoNavigationOrUrls()
    {
        await browser.App.ResetAsync();
        var today = LifecycleCase.Today;
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, Crn));
        foreach (var daysAgo in new[] { 40, 33, 26 })
        {
            await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-daysAgo), ContactType.RarActivity, ContactOutcome.AttendedComplied));
        }

        var first = await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-11), outcome: ContactOutcome.UnacceptableAbsence));
        var second = await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-2), outcome: ContactOutcome.UnacceptableAbsence));
        var (decisionId, delivered, maximum, windowEnds) = await InScopeAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Offences).Include(o => o.Requirements).Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == lifecycle.OrderId);
            var contacts = await db.Contacts.Where(c => c.OrderId == order.Id).ToListAsync();
            var now = DateTimeOffset.UtcNow;
            var warned = order.RecordUnacceptableFailure(contacts.Single(c => c.Id == first), lifecycle.StaffId, now);
            var warning = order.GiveWarning(warned.Id, lifecycle.StaffId, today.AddDays(-10), "You did not attend your appointment and gave no acceptable reason.", today);
            var breached = order.RecordUnacceptableFailure(contacts.Single(c => c.Id == second), lifecycle.StaffId, now);
            var decision = order.ReferBreach(breached.Id, lifecycle.StaffId, "Second failure within 12 months of a warning.", now);
            await db.SaveChangesAsync();
            // The figures the page must print, from the domain's own ledger [DOMAIN.md §4].
            var ledger = RarLedger.Calculate(order, contacts, now, browser.App.Services.GetRequiredService<TimelinessPolicy>());
            return (decision.Id, ledger.DaysDelivered, ledger.MaximumDays, warning.WindowEndsOn);
        });
        Assert.Equal(3, delivered);

        var ro = await browser.NewPageAsync();
        await ro.SignInAsync(LifecycleCase.RoEmail);

        var overview = await PrintedAsync(ro, lifecycle.Url(""));
        Assert.Contains(Name, overview.Text, StringComparison.Ordinal);
        Assert.Contains($"{delivered} of {maximum} RAR days delivered", overview.Text, StringComparison.Ordinal);
        Assert.Contains("Compliance in the last 12 months", overview.Text, StringComparison.Ordinal);
        Assert.Contains("Breach in progress", overview.Text, StringComparison.Ordinal);
        Assert.NotNull(await ro.QuerySelectorAsync(".app-print-action button"));

        var rar = await PrintedAsync(ro, lifecycle.Url($"Orders/{lifecycle.OrderId}/Rar"));
        Assert.Contains($"Maximum days ordered {maximum}", rar.Text, StringComparison.Ordinal);
        Assert.Contains($"Days delivered {delivered}", rar.Text, StringComparison.Ordinal);
        Assert.Contains($"Days remaining {maximum - delivered}", rar.Text, StringComparison.Ordinal);

        var spo = await browser.NewPageAsync();
        await spo.SignInAsync("spo@probation.test");
        // The evidence prints too: the prior warning with the end of its 12 months, and the compliance history. (Table
        // cells wrap, so their words interleave in the PDF's text: the cells are read from the printed page itself.)
        var approval = await PrintedAsync(spo, $"/Spo/Approvals/{decisionId}", async printed =>
        {
            Assert.True(await printed.Locator("#warnings").IsVisibleAsync());
            var warnings = await printed.Locator("#warnings").InnerTextAsync();
            Assert.Contains(ProbationCase.Web.UiDefaults.Date(windowEnds), warnings, StringComparison.Ordinal);
            Assert.Contains("You did not attend your appointment and gave no acceptable reason.", warnings, StringComparison.Ordinal);
            Assert.True(await printed.Locator("#failures").IsVisibleAsync());
            Assert.True(await printed.Locator("#case-link").IsVisibleAsync());
        });
        Assert.Contains("Second failure within 12 months of a warning.", approval.Text, StringComparison.Ordinal);
        Assert.Contains("Compliance in the last 12 months", approval.Text, StringComparison.Ordinal);
        Assert.Contains("Warnings given before", approval.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Opens the page (axe on screen), emulates print media and checks what shows, then saves the PDF: every printed
    /// page carries the marking, the name and the CRN.
    /// </summary>
    private static async Task<PrintedPdf> PrintedAsync(IPage page, string url, Func<IPage, Task>? whilePrinted = null)
    {
        await page.GotoAsync(url);
        await page.AssertNoAccessibilityViolationsAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        try
        {
            foreach (var screenOnly in new[] { ".govuk-template__header", ".govuk-service-navigation", ".moj-sub-navigation", ".govuk-template__footer", ".govuk-skip-link", ".govuk-button", ".app-print-action" })
            {
                foreach (var element in await page.Locator(screenOnly).AllAsync())
                {
                    Assert.False(await element.IsVisibleAsync(), $"{url}: {screenOnly} is visible in print");
                }
            }

            // GOV.UK Frontend prints " (" attr(href) ")" after links; in this service's print stylesheet no link has ::after content.
            var printedUrls = await page.EvaluateAsync<string[]>(
                @"() => [...document.querySelectorAll('a[href]')]
                    .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])
                    .filter(([, content]) => content && content !== 'none' && content !== 'normal' && content !== '""""')
                    .map(([href, content]) => href + ' ' + content)");
            Assert.Empty(printedUrls);

            var header = page.Locator("#print-header");
            Assert.True(await header.IsVisibleAsync(), $"{url}: no print header");
            Assert.Equal("table-header-group", await header.EvaluateAsync<string>("e => getComputedStyle(e).display"));
            Assert.Contains("OFFICIAL-SENSITIVE", await header.InnerTextAsync(), StringComparison.Ordinal);

            if (whilePrinted is not null)
            {
                await whilePrinted(page);
            }

            var printed = await PrintedPdf.SaveAsync(page);
            Assert.All(printed.PageTexts, text =>
            {
                Assert.Contains("OFFICIAL-SENSITIVE", text, StringComparison.Ordinal);
                Assert.Contains(Name, text, StringComparison.Ordinal);
                Assert.Contains(Crn, text, StringComparison.Ordinal);
            });
            return printed;
        }
        finally
        {
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
        }
    }
}
