using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Web.Tests.Hardening;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Audit;

/// <summary>
/// The audit trail viewer [DOMAIN.md §12]: a view and a change made in the test are both shown, the change with
/// its values before and after; administrators and the case's own SPO may read it, no one else.
/// </summary>
public sealed class AuditTrailTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task Trail_AfterAViewAndAReallocation_ShowsBothWithBeforeAndAfter()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var spo = await SignedInClientAsync("spo@probation.test");
        var form = await spo.GetDocumentAsync($"/Spo/Allocations/{world.PersonId}");
        var moved = await spo.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.OfficerId"] = world.Team.Pso.Id.ToString(),
            ["Input.Reason"] = "Officer on long-term leave",
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var admin = await SignedInClientAsync("admin@probation.test");

        var response = await admin.GetAsync(new Uri($"/Audit/Cases/{world.PersonId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var rows = page.QuerySelectorAll("#audit-trail tbody tr").ToList();
        var view = Assert.Single(rows, row => row.GetAttribute("data-action") == nameof(AuditAction.Viewed) && Text(row).Contains("/Spo/Allocations/Allocate", StringComparison.Ordinal));
        Assert.Contains("spo@probation.test", Text(view), StringComparison.Ordinal);
        var change = Assert.Single(rows, row => row.GetAttribute("data-action") == nameof(AuditAction.Updated) && Text(row).Contains("PersonOnProbation", StringComparison.Ordinal));
        Assert.Contains("spo@probation.test", Text(change), StringComparison.Ordinal);
        var officer = change.QuerySelector("[data-property='ResponsibleOfficerId']")!;
        Assert.Equal(world.Team.Officer.Id.ToString(), officer.QuerySelector(".app-audit-before")!.TextContent.Trim());
        Assert.Equal(world.Team.Pso.Id.ToString(), officer.QuerySelector(".app-audit-after")!.TextContent.Trim());
    }

    [Fact]
    public async Task Trail_FilteredByPersonAndDates_ShowsOnlyMatchingEntries()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var ro = await SignedInClientAsync("ro@probation.test");
        await ro.GetAsync(new Uri($"/Cases/{world.PersonId}", UriKind.Relative));
        var admin = await SignedInClientAsync("admin@probation.test");
        var today = Domain.Calendar.LondonClock.Today(TimeProvider.System);

        var byRo = await admin.GetDocumentAsync($"/Audit/Cases/{world.PersonId}?Person=ro%40probation.test");
        var tomorrowOn = await admin.GetDocumentAsync($"/Audit/Cases/{world.PersonId}?From.Day={today.AddDays(1).Day}&From.Month={today.AddDays(1).Month}&From.Year={today.AddDays(1).Year}");

        var rows = byRo.QuerySelectorAll("#audit-trail tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("ro@probation.test", Text(row), StringComparison.Ordinal));
        Assert.Contains(rows, row => Text(row).Contains("/Cases/Index", StringComparison.Ordinal));
        Assert.Null(tomorrowOn.QuerySelector("#audit-trail"));
        Assert.StartsWith("0 entries", tomorrowOn.QuerySelector("#trail-count")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trail_DateThatIsNotReal_GovUkErrorAnd400()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var admin = await SignedInClientAsync("admin@probation.test");

        var response = await admin.GetAsync(new Uri($"/Audit/Cases/{world.PersonId}?From.Day=31&From.Month=2&From.Year=2026", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task TrailCsv_ChangeAndView_DownloadedAndTheDownloadRecorded()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var spo = await SignedInClientAsync("spo@probation.test");
        await spo.GetAsync(new Uri($"/Spo/Allocations/{world.PersonId}", UriKind.Relative));

        var response = await spo.GetAsync(new Uri($"/Audit/Cases/{world.PersonId}?handler=Csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("When,Who,Action,Record,Record id,Changes (before -> after)", lines[0]);
        Assert.Contains(lines, line => line.Contains("spo@probation.test,Viewed,/Spo/Allocations/Allocate", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(",Created,PersonOnProbation,", StringComparison.Ordinal));
        var exported = await InScopeAsync(db => db.AuditEntries.CountAsync(e => e.PersonId == world.PersonId && e.Action == AuditAction.Exported));
        Assert.Equal(1, exported);
    }

    [Theory]
    [InlineData("ro@probation.test")]
    [InlineData("court@probation.test")]
    public async Task Trail_RoleThatMayNotReadIt_Refused(string email)
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var client = await SignedInClientAsync(email);

        var page = await client.GetAsync(new Uri($"/Audit/Cases/{world.PersonId}", UriKind.Relative));
        var csv = await client.GetAsync(new Uri($"/Audit/Cases/{world.PersonId}?handler=Csv", UriKind.Relative));
        var finder = await client.GetAsync(new Uri("/Audit", UriKind.Relative));

        Assert.True(EndpointCatalogue.IsDenied(page), $"{(int)page.StatusCode}");
        Assert.True(EndpointCatalogue.IsDenied(csv), $"{(int)csv.StatusCode}");
        Assert.True(EndpointCatalogue.IsDenied(finder), $"{(int)finder.StatusCode}");
    }

    [Fact]
    public async Task Trail_SpoOfAnotherTeam_403AndNothingRecorded()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var spo = await SignedInClientAsync("spo@probation.test");
        var before = await InScopeAsync(db => db.AuditEntries.CountAsync(e => e.PersonId == world.OtherTeamPersonId));

        var page = await spo.GetAsync(new Uri($"/Audit/Cases/{world.OtherTeamPersonId}", UriKind.Relative));
        var csv = await spo.GetAsync(new Uri($"/Audit/Cases/{world.OtherTeamPersonId}?handler=Csv", UriKind.Relative));
        var own = await spo.GetAsync(new Uri($"/Audit/Cases/{world.PersonId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(before, await InScopeAsync(db => db.AuditEntries.CountAsync(e => e.PersonId == world.OtherTeamPersonId)));
    }

    [Fact]
    public async Task Finder_SpoWithAnotherTeamsCrn_SameAnswerAsNoSuchCase()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var crns = await InScopeAsync(db => db.People.Where(p => p.Id == world.PersonId || p.Id == world.OtherTeamPersonId)
            .Select(p => new { p.Id, p.Crn }).ToDictionaryAsync(p => p.Id, p => p.Crn.ToString()));
        var spo = await SignedInClientAsync("spo@probation.test");
        var admin = await SignedInClientAsync("admin@probation.test");

        var own = await spo.GetAsync(new Uri($"/Audit?Crn={crns[world.PersonId]}", UriKind.Relative));
        var theirs = await spo.GetAsync(new Uri($"/Audit?Crn={crns[world.OtherTeamPersonId]}", UriKind.Relative));
        var byAdmin = await admin.GetAsync(new Uri($"/Audit?Crn={crns[world.OtherTeamPersonId]}", UriKind.Relative));

        Assert.Equal($"/Audit/Cases/{world.PersonId}", own.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, theirs.StatusCode);
        Assert.Equal([$"No case in your team has CRN {crns[world.OtherTeamPersonId]}"], (await theirs.ReadDocumentAsync()).ErrorSummaryMessages());
        Assert.Equal($"/Audit/Cases/{world.OtherTeamPersonId}", byAdmin.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SpoCasePagesAndDashboardCsv_Get_ViewsAndDownloadRecorded()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var spo = await SignedInClientAsync("spo@probation.test");

        Assert.Equal(HttpStatusCode.OK, (await spo.GetAsync(new Uri($"/Spo/Audits/{world.PersonId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await spo.GetAsync(new Uri($"/Spo/Approvals/{world.DecisionId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await spo.GetAsync(new Uri($"/Cases/{world.PersonId}/Oversight", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await spo.GetAsync(new Uri("/Spo/Dashboard?handler=Csv&table=caseload", UriKind.Relative))).StatusCode);

        var views = await InScopeAsync(db => db.AuditEntries
            .Where(e => e.PersonId == world.PersonId && e.Action == AuditAction.Viewed && e.UserName == "spo@probation.test")
            .Select(e => e.EntityType).ToListAsync());
        Assert.Equal(["/Cases/Oversight/Index", "/Spo/Approvals/Decide", "/Spo/Audits/Record"], views.Order(StringComparer.Ordinal).ToList());
        var download = await InScopeAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Exported));
        Assert.Equal(("/Spo/Dashboard CSV caseload", world.Team.TeamId.ToString(), (Guid?)null), (download.EntityType, download.EntityId, download.PersonId));
    }

    [Fact]
    public async Task AuditEntries_UpdateOrDelete_RefusedByTheDatabase()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);

        var update = await Assert.ThrowsAnyAsync<Exception>(() => InScopeAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET user_name = 'someone else' WHERE person_id = {world.PersonId}")));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => InScopeAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE person_id = {world.PersonId}")));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }

    private static string Text(IElement element) => element.TextContent;
}
