using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Contacts;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Rar;

/// <summary>Reclassifying contacts and completing the RAR from the RAR days page [DOMAIN.md §4].</summary>
public sealed class RarChangesTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static string RarUrl(RoCase ro) => $"/Cases/{ro.PersonId}/Orders/{ro.OrderId}/Rar";

    private async Task StartRarAsync(RoCase ro) => await InScopeAsync(async db =>
    {
        var order = await db.Orders.Include(o => o.Requirements).SingleAsync(o => o.Id == ro.OrderId);
        order.StartRequirement(ro.RarId!.Value, RoCase.Today.AddDays(-59));
        await db.SaveChangesAsync();
    });

    private async Task ActivityDaysAsync(RoCase ro, int days)
    {
        for (var day = 1; day <= days; day++)
        {
            var startsAt = LondonClock.ToUtc(RoCase.Today.AddDays(-day), new TimeOnly(10, 0));
            await InScopeAsync(db => ro.AddContactAsync(db, ContactType.RarActivity, startsAt, ContactOutcome.AttendedComplied));
        }
    }

    [Fact]
    public async Task Reclassify_ActivityOverTheMaximum_IsRecordedAsARarAppointment()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "E100001", [RequirementTerms.Rar(2)]));
        await ActivityDaysAsync(ro, 3);
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var ledger = await client.GetDocumentAsync(RarUrl(ro));
        var link = Assert.Single(ledger.QuerySelectorAll("#over-maximum a.reclassify")).GetAttribute("href")!;
        var page = await client.GetDocumentAsync(link);
        Assert.NotNull(page.QuerySelector("input[name='Input.Type'][value='RarAppointment'][checked]"));

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Null(after.QuerySelector("#over-maximum"));
        Assert.Single(after.QuerySelectorAll("#rar-appointments li"));
        Assert.Equal("2", after.QuerySelector("#rar-delivered")!.TextContent.Trim());
    }

    [Fact]
    public async Task Reclassify_ReportingInAsARarActivity_IsRefusedWithTheDomainMessage()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "E100002"));
        var contactId = await InScopeAsync(db => ro.AddContactAsync(db, ContactType.ReportingIn, DateTimeOffset.UtcNow.AddDays(-1), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var log = await client.GetDocumentAsync(ro.Url("Activity"));
        var page = await client.GetDocumentAsync(log.QuerySelector($"tr[data-contact='{contactId}'] a.reclassify")!.GetAttribute("href")!);

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.Type"] = "RarActivity" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A reporting-in contact cannot be recorded as a RAR activity."], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_Type", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(ContactType.ReportingIn, await InScopeAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.Type).SingleAsync()));
    }

    [Fact]
    public async Task CompleteRar_ShortfallWithoutAReason_Is400AndTheRarStaysInProgress()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "E100003", [RequirementTerms.Rar(10)]));
        await StartRarAsync(ro);
        await ActivityDaysAsync(ro, 4);
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var ledger = await client.GetDocumentAsync(RarUrl(ro));
        var page = await client.GetDocumentAsync(ledger.QuerySelector("#complete-rar")!.GetAttribute("href")!);

        var (response, errorPage) = await client.PostAsync(page, new() { ["Input.ShortfallReason"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Only 4 of 10 RAR days were delivered. Enter why the remaining days were not needed."], errorPage.ErrorSummaryMessages());
        Assert.Equal("#Input_ShortfallReason", errorPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        var rar = await InScopeAsync(db => db.Orders.Where(o => o.Id == ro.OrderId).SelectMany(o => o.Requirements).OfType<RarRequirement>().SingleAsync());
        Assert.Equal((RequirementStatus.InProgress, (string?)null), (rar.Status, rar.ShortfallReason));
    }

    [Fact]
    public async Task CompleteRar_ShortfallWithAReason_CompletesAndShowsTheReason()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "E100004", [RequirementTerms.Rar(10)]));
        await StartRarAsync(ro);
        await ActivityDaysAsync(ro, 4);
        var client = await SignedInClientAsync(RoCase.RoEmail);
        var page = await client.GetDocumentAsync($"{RarUrl(ro)}/Complete");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.ShortfallReason"] = "Objectives met; further days not needed." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rar = await InScopeAsync(db => db.Orders.Where(o => o.Id == ro.OrderId).SelectMany(o => o.Requirements).OfType<RarRequirement>().SingleAsync());
        Assert.Equal((RequirementStatus.Completed, "Objectives met; further days not needed.", RoCase.Today), (rar.Status, rar.ShortfallReason, rar.EndDate!.Value));
        var after = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Objectives met; further days not needed.", after.QuerySelector("#rar-shortfall")!.TextContent.Trim());
        Assert.Null(after.QuerySelector("#complete-rar"));
    }

    [Fact]
    public async Task CompleteRar_CourtLiaisonOfficer_Is403()
    {
        var ro = await InScopeAsync(db => RoCase.CreateAsync(db, "E100005"));
        var client = await SignedInClientAsync("court@probation.test");

        var response = await client.GetAsync(new Uri($"{RarUrl(ro)}/Complete", UriKind.Relative));
        var ledger = await client.GetDocumentAsync(RarUrl(ro));

        // The app's access-denied handling: a redirect to the GOV.UK 403 page.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Errors/403", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Null(ledger.QuerySelector("#complete-rar"));
    }
}
