using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Tests.Lifecycle;

namespace ProbationCase.BrowserTests.Lifecycle;

/// <summary>
/// The printables render with the print stylesheet [issue 13, Must show 4]: Chromium saves each as a PDF, and its
/// text has the OFFICIAL-SENSITIVE marking, no navigation, no link URLs and no word broken across lines; the
/// warning letter has the three statutory elements [CJA 2003 Sch 8 para 5(2)].
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintableTests(BrowserFixture browser)
{
    private async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    [Fact]
    public async Task EachPrintable_SavedAsPdf_HasMarkingAndNoNavigationOrLinkUrls()
    {
        await browser.App.ResetAsync();
        var today = LifecycleCase.Today;
        var lifecycle = await InScopeAsync(db => LifecycleCase.CreateAsync(db, "J300002"));
        var first = await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-11), outcome: ContactOutcome.UnacceptableAbsence));
        var second = await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(-2), outcome: ContactOutcome.UnacceptableAbsence));
        var booked = await InScopeAsync(db => lifecycle.AppointmentAsync(db, today.AddDays(7)));
        var (warningId, decisionId) = await InScopeAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Offences).Include(o => o.Requirements).Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == lifecycle.OrderId);
            var contacts = await db.Contacts.Where(c => c.OrderId == order.Id).ToListAsync();
            var now = DateTimeOffset.UtcNow;
            var warned = order.RecordUnacceptableFailure(contacts.Single(c => c.Id == first), lifecycle.StaffId, now);
            var warning = order.GiveWarning(warned.Id, lifecycle.StaffId, today.AddDays(-10), "You did not attend your appointment and gave no acceptable reason.", today);
            var breached = order.RecordUnacceptableFailure(contacts.Single(c => c.Id == second), lifecycle.StaffId, now);
            var decision = order.ReferBreach(breached.Id, lifecycle.StaffId, "Second failure within 12 months of a warning.", now);
            order.ApproveDecision(decision.Id, await db.Staff.SingleAsync(s => s.Id == lifecycle.SpoId), "Agreed.", now);
            order.WriteBreachPack(decision.Id, new BreachPackSections("Attended weekly until the first failure.", "Sentence plan agreed; no RAR days yet.", "Revoke and re-sentence with a RAR."), now);
            await db.SaveChangesAsync();
            return (warning.Id, decision.Id);
        });
        var page = await browser.NewPageAsync();
        await page.SignInAsync(LifecycleCase.RoEmail);
        var letters = lifecycle.Url($"Orders/{lifecycle.OrderId}/Letters");

        var induction = await PdfTextAsync(page, $"{letters}/Induction");
        Assert.Contains("up to 20 days", induction, StringComparison.Ordinal);
        Assert.Contains("Reporting instructions", induction, StringComparison.Ordinal);

        var appointment = await PdfTextAsync(page, $"{letters}/Appointment/{booked}");
        Assert.Contains("Your appointment", appointment, StringComparison.Ordinal);

        var warningLetter = await PdfTextAsync(page, $"{letters}/Warning/{warningId}");
        Assert.Contains("What happened: on", warningLetter, StringComparison.Ordinal);
        Assert.Contains("you did not attend", warningLetter, StringComparison.Ordinal);
        Assert.Contains("This failure to comply with your order is unacceptable.", warningLetter, StringComparison.Ordinal);
        Assert.Contains("within 12 months of this warning", warningLetter, StringComparison.Ordinal);
        Assert.Contains("returned to court", warningLetter, StringComparison.Ordinal);
        Assert.Contains(ProbationCase.Web.UiDefaults.Date(today.AddDays(-10)), warningLetter, StringComparison.Ordinal);

        var pack = await PdfTextAsync(page, $"{letters}/BreachPack/{decisionId}");
        foreach (var section in new[] { "1. The failures", "2. Warnings", "3. Compliance history", "4. What the order requires", "5. Progress so far", "6. Proposal to the court" })
        {
            Assert.Contains(section, pack, StringComparison.Ordinal);
        }
    }

    /// <summary>Opens the printable (checked with axe on screen), saves it as a PDF and returns its words joined by spaces.</summary>
    private static async Task<string> PdfTextAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.AssertNoAccessibilityViolationsAsync();
        var printed = await PrintedPdf.SaveAsync(page);
        Assert.True(printed.PageWords.SelectMany(w => w).Count(w => w.Contains("OFFICIAL-SENSITIVE", StringComparison.Ordinal)) >= 2, $"{url}: the marking is missing");
        return printed.Text;
    }
}
