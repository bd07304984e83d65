using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProbationCase.BrowserTests.Support;
using ProbationCase.Domain.Calendar;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web;
using ProbationCase.Web.Tests.Spo;

namespace ProbationCase.BrowserTests.Spo;

/// <summary>
/// [issue 14, Must show 1] the SPO's breach approval page shows the evidence: the failure with its outcome and notes,
/// the prior warning with the end of its 12 months, compliance for 12 months (the domain's) and a link to the case;
/// the professional-judgement absence review shows the same. Axe on every page visited.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApprovalEvidenceTests(BrowserFixture browser)
{
    private const string Notes = "Did not attend; no call, no answer at home.";

    private async Task<T> InScopeAsync<T>(Func<ProbationCaseDbContext, Task<T>> work)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>());
    }

    [Fact]
    public async Task BreachApproval_Opened_ShowsFailureWarningsComplianceAndCaseLink()
    {
        await browser.App.ResetAsync();
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var (person, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer, "Evidenceperson"));
        var decision = await InScopeAsync(db => SpoTestTeam.BreachReferralAsync(db, order, team.Officer.Id, team.Officer.Id));
        var absence = await InScopeAsync(async db => await SpoTestTeam.ProfessionalJudgementAbsenceAsync(db, await db.Orders.SingleAsync(o => o.Id == order.Id), team.Officer.Id, daysAgo: 10));
        var (warning, status) = await InScopeAsync(async db =>
        {
            var tracked = await db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == order.Id);
            var failure = tracked.Failures.Single(f => f.Id == decision.FailureId);
            (await db.Contacts.SingleAsync(c => c.Id == failure.ContactId)).ChangeNotes(Notes, isSensitive: false);
            await db.SaveChangesAsync();
            var contacts = await db.Contacts.Where(c => c.OrderId == order.Id).ToListAsync();
            return (tracked.Warnings.Single(), tracked.ComplianceHistoryOn(LondonClock.Today(TimeProvider.System), contacts).Status);
        });

        var spo = await browser.NewPageAsync();
        await spo.SignInAsync("spo@probation.test");
        await spo.GotoAsync("/Spo/Approvals");
        await spo.AssertNoAccessibilityViolationsAsync();
        await spo.Locator("#pending tbody tr").Filter(new() { HasText = "Alex Evidenceperson" }).GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        Assert.EndsWith($"/Spo/Approvals/{decision.Id}", new Uri(spo.Url).AbsolutePath, StringComparison.Ordinal);
        await spo.AssertNoAccessibilityViolationsAsync();

        var failureText = await spo.Locator("#failure").InnerTextAsync();
        Assert.Contains(Notes, failureText, StringComparison.Ordinal);
        Assert.Contains("Unacceptable absence / failed to attend", failureText, StringComparison.Ordinal);
        Assert.Contains("Office appointment", failureText, StringComparison.Ordinal);
        var warningRow = await spo.Locator($"#warnings tr[data-warning='{warning.Id}']").InnerTextAsync();
        Assert.Contains(UiDefaults.Date(warning.GivenOn), warningRow, StringComparison.Ordinal);
        Assert.Contains(UiDefaults.Date(warning.WindowEndsOn), warningRow, StringComparison.Ordinal);
        Assert.Equal(UiDefaults.Of(status), (await spo.Locator("#compliance").InnerTextAsync()).Trim());
        Assert.Equal(2, await spo.Locator("#failures tr[data-failure]").CountAsync());
        Assert.Equal("Second unacceptable absence within 12 months of a warning", (await spo.Locator("#officer-rationale").InnerTextAsync()).Trim());

        await spo.Locator("#case-link").ClickAsync();
        Assert.Equal($"/Cases/{person.Id}", new Uri(spo.Url).AbsolutePath);
        await spo.AssertNoAccessibilityViolationsAsync();

        // The discretion review of an absence accepted on professional judgement shows the same evidence.
        await spo.GotoAsync("/Spo/Approvals");
        await spo.Locator($"#absences a[href='/Spo/Approvals/Absences/{person.Id}/{absence.Id}']").ClickAsync();
        await spo.AssertNoAccessibilityViolationsAsync();
        Assert.Equal("Child taken to hospital; no letter, but the account was consistent.", (await spo.Locator("#officer-rationale").InnerTextAsync()).Trim());
        Assert.Contains(UiDefaults.Date(warning.WindowEndsOn), await spo.Locator("#warnings").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(UiDefaults.Of(status), (await spo.Locator("#compliance").InnerTextAsync()).Trim());
    }
}
