using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Spo;

/// <summary>
/// [issue 14] the SPO decides with the evidence in front of them: the failure (contact, date, outcome, notes), prior
/// warnings with the end of their 12 months, 12 months' compliance and a link to the case, every figure the domain's.
/// </summary>
public sealed class EnforcementEvidenceTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private const string FailureNotes = "Did not attend; no call, no answer at home.";

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    private async Task<(SpoTestTeam Team, Guid PersonId, Guid OrderId, EnforcementDecision Decision)> BreachReferralWithNotesAsync()
    {
        var team = await InScopeAsync(SpoTestTeam.CreateAsync);
        var (person, order) = await InScopeAsync(db => team.AllocatedAsync(db, team.Officer, "Evidencecase"));
        var decision = await InScopeAsync(db => SpoTestTeam.BreachReferralAsync(db, order, team.Officer.Id, team.Officer.Id));
        await InScopeAsync(async db =>
        {
            var contactId = await db.Orders.Where(o => o.Id == order.Id).SelectMany(o => o.Failures).Where(f => f.Id == decision.FailureId).Select(f => f.ContactId).SingleAsync();
            var contact = await db.Contacts.SingleAsync(c => c.Id == contactId);
            contact.ChangeNotes(FailureNotes, isSensitive: false);
            await db.SaveChangesAsync();
        });
        return (team, person.Id, order.Id, decision);
    }

    [Fact]
    public async Task Decide_BreachReferral_ShowsFailureWithOutcomeAndNotes()
    {
        var (_, _, orderId, decision) = await BreachReferralWithNotesAsync();
        var client = await SignedInClientAsync("spo@probation.test");

        var page = await client.GetDocumentAsync($"/Spo/Approvals/{decision.Id}");

        var failedOn = await InScopeAsync(db => db.Orders.Where(o => o.Id == orderId).SelectMany(o => o.Failures).Where(f => f.Id == decision.FailureId).Select(f => f.OccurredOn).SingleAsync());
        var failure = Text(page, "#failure");
        Assert.Contains(UiDefaults.Date(failedOn), failure, StringComparison.Ordinal);
        Assert.Contains(UiDefaults.Of(ContactType.OfficeAppointment), failure, StringComparison.Ordinal);
        Assert.Contains(UiDefaults.Of(ContactOutcome.UnacceptableAbsence), failure, StringComparison.Ordinal);
        Assert.Contains(FailureNotes, failure, StringComparison.Ordinal);
        Assert.Contains("Breach: a warning was given in the 12 months before this failure", failure, StringComparison.Ordinal);
        Assert.Equal("Second unacceptable absence within 12 months of a warning", Text(page, "#officer-rationale"));
    }

    [Fact]
    public async Task Decide_BreachReferral_ShowsPriorWarningWithTheEndOfItsWindow()
    {
        var (_, _, orderId, decision) = await BreachReferralWithNotesAsync();
        var client = await SignedInClientAsync("spo@probation.test");

        var page = await client.GetDocumentAsync($"/Spo/Approvals/{decision.Id}");

        var warning = await InScopeAsync(db => db.Orders.Where(o => o.Id == orderId).SelectMany(o => o.Warnings).SingleAsync());
        var row = page.QuerySelector($"#warnings tr[data-warning='{warning.Id}']");
        Assert.NotNull(row);
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(UiDefaults.Date(warning.GivenOn), cells[0]);
        Assert.StartsWith(UiDefaults.Date(warning.WindowEndsOn), cells[1], StringComparison.Ordinal);
        Assert.Contains("Live on", cells[1], StringComparison.Ordinal);
        Assert.Equal("Riya Osei", cells[3]);
        Assert.Equal(warning.Content, cells[4]);
    }

    [Fact]
    public async Task Decide_BreachReferral_ComplianceHistoryIsTheDomains()
    {
        var (_, personId, orderId, decision) = await BreachReferralWithNotesAsync();
        var client = await SignedInClientAsync("spo@probation.test");

        var page = await client.GetDocumentAsync($"/Spo/Approvals/{decision.Id}");

        var today = LondonClock.Today(TimeProvider.System);
        var history = await InScopeAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Failures).Include(o => o.Warnings).Include(o => o.Decisions).SingleAsync(o => o.Id == orderId);
            var contacts = await db.Contacts.Where(c => c.OrderId == orderId).ToListAsync();
            return order.ComplianceHistoryOn(today, contacts);
        });
        Assert.Equal(UiDefaults.Of(history.Status), Text(page, "#compliance"));
        Assert.Equal(history.Failures.Select(f => f.Id.ToString()), page.QuerySelectorAll("#failures tr[data-failure]").Select(tr => tr.GetAttribute("data-failure")!));
        Assert.Equal(2, history.Failures.Count);
        Assert.Equal(history.Outcomes.Select(o => $"{UiDefaults.Of(o.Outcome)} {o.Count}"),
            page.QuerySelectorAll("#outcomes tr[data-outcome]").Select(tr => string.Join(' ', tr.Children.Select(c => c.TextContent.Trim()))));
        Assert.NotNull(page.QuerySelector($"#case-link[href='/Cases/{personId}']"));
    }

    [Fact]
    public async Task ReviewAbsence_ProfessionalJudgement_ShowsRationaleNotesAndEvidence()
    {
        var (team, personId, orderId, _) = await BreachReferralWithNotesAsync();
        var absence = await InScopeAsync(async db => await SpoTestTeam.ProfessionalJudgementAbsenceAsync(db, await db.Orders.SingleAsync(o => o.Id == orderId), team.Officer.Id, daysAgo: 10));
        var client = await SignedInClientAsync("spo@probation.test");

        var approvals = await client.GetDocumentAsync("/Spo/Approvals");
        var link = approvals.QuerySelector($"#absences a[href='/Spo/Approvals/Absences/{personId}/{absence.Id}']");
        Assert.NotNull(link);
        var page = await client.GetDocumentAsync(link.GetAttribute("href")!);

        Assert.Equal("Child taken to hospital; no letter, but the account was consistent.", Text(page, "#officer-rationale"));
        Assert.Contains("Rang the morning of the appointment from the hospital.", Text(page, "#absence"), StringComparison.Ordinal);
        // The warning given 19 days ago was live on the day of the absence, 10 days ago.
        Assert.Single(page.QuerySelectorAll("#warnings tbody tr"));
        Assert.Contains("Live on", Text(page, "#warnings"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#case-link[href='/Cases/{personId}']"));
        var viewed = await InScopeAsync(db => db.AuditEntries
            .Where(e => e.PersonId == personId && e.Action == ProbationCase.Infrastructure.Auditing.AuditAction.Viewed)
            .Select(e => e.EntityType).ToListAsync());
        Assert.Contains("/Spo/Approvals/Absences/Review", viewed);
    }

    [Fact]
    public async Task ReviewAbsence_ContactNotAnAbsence_NotFound()
    {
        var (_, personId, _, decision) = await BreachReferralWithNotesAsync();
        var client = await SignedInClientAsync("spo@probation.test");
        var failureContact = await InScopeAsync(db => db.Orders.SelectMany(o => o.Failures).Where(f => f.Id == decision.FailureId).Select(f => f.ContactId).SingleAsync());

        var response = await client.GetAsync(new Uri($"/Spo/Approvals/Absences/{personId}/{failureContact}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
