using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Support;
using static ProbationCase.Web.Tests.Court.CourtTestData;

namespace ProbationCase.Web.Tests.Court;

public sealed class CourtAccessAndReportingTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private const string AdminEmail = "admin@probation.test";
    private const string OfficerEmail = "ro@probation.test";

    [Fact]
    public async Task SentencePage_ResponsibleOfficerGet_IsForbidden()
    {
        var reportId = await SeedDeliveredReportAsync();
        var client = await SignedInClientAsync(OfficerEmail);

        var response = await client.GetAsync(new Uri($"/Court/Reports/{reportId}/Sentence", UriKind.Relative));

        await AssertForbiddenAsync(client, response);
    }

    [Fact]
    public async Task SentencePage_ResponsibleOfficerPost_IsForbiddenAndRecordsNothing()
    {
        var reportId = await SeedDeliveredReportAsync();
        var client = await SignedInClientAsync(OfficerEmail);

        var response = await client.PostAsync($"/Court/Reports/{reportId}/Sentence?handler=Confirm", new Dictionary<string, string>
        {
            ["Passed.Sentence"] = "Fine",
            ["Input.SentencedOn.Day"] = "12",
            ["Input.SentencedOn.Month"] = "3",
            ["Input.SentencedOn.Year"] = "2025",
        });

        await AssertForbiddenAsync(client, response);
        Assert.Equal(PsrStatus.Delivered, await InScopeAsync(db => db.PreSentenceReports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("Book")]
    [InlineData("Outcome")]
    public async Task ResponsibleOfficerContactPages_CourtLiaisonGetAndPost_AreForbidden(string page)
    {
        // A real case, order and contact, so a refusal is about the role and not a missing record.
        var person = TestCase.Person("K900001");
        var order = TestCase.CommunityOrder(person.Id, RequirementTerms.Rar(10));
        var contact = order.ArrangeContact(
            new ProbationCase.Domain.Contacts.ContactArrangement(ProbationCase.Domain.Contacts.ContactType.OfficeAppointment, TestCase.Created.AddDays(10), true, ProbationCase.Domain.Contacts.ContactDeliverer.Provider, ProviderName: "Interventions Alliance"),
            TestCase.Created);
        await InScopeAsync(async db =>
        {
            db.AddRange(person, order, contact);
            await db.SaveChangesAsync();
        });
        var url = page == "Book" ? $"/Cases/{person.Id}/Contacts/Book" : $"/Cases/{person.Id}/Contacts/{contact.Id}/Outcome";
        var client = await SignedInClientAsync(CourtEmail);

        var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        var post = await client.PostAsync(url, new Dictionary<string, string>());

        await AssertForbiddenAsync(client, get);
        await AssertForbiddenAsync(client, post);
    }

    [Fact]
    public async Task InterventionsCatalogue_CourtLiaison_IsForbidden()
    {
        var client = await SignedInClientAsync(CourtEmail);

        var response = await client.GetAsync(new Uri("/Admin/Interventions/New", UriKind.Relative));

        await AssertForbiddenAsync(client, response);
    }

    [Fact]
    public async Task AddIntervention_Administrator_AddsToCatalogue()
    {
        var client = await SignedInClientAsync(AdminEmail);
        var page = await client.GetDocumentAsync("/Admin/Interventions/New");

        var response = await client.PostAsync("/Admin/Interventions/New", FormFields(page, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Building Better Relationships",
            ["Input.Type"] = "AccreditedProgramme",
            ["Input.Sessions"] = "24",
            ["Input.Provider"] = "HMPPS",
            ["Input.Location"] = "Exeter Probation Office",
            ["Input.IsWomenOnly"] = "false",
            ["Input.Availability"] = "available",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync("/Admin/Interventions");
        var row = list.QuerySelector("#interventions tbody tr")!;
        Assert.Contains("Building Better Relationships", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Available now", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddIntervention_NoSessions_Returns400WithError()
    {
        var client = await SignedInClientAsync(AdminEmail);
        var page = await client.GetDocumentAsync("/Admin/Interventions/New");

        var response = await client.PostAsync("/Admin/Interventions/New", FormFields(page, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Resolve",
            ["Input.Type"] = "AccreditedProgramme",
            ["Input.Sessions"] = "0",
            ["Input.Provider"] = "HMPPS",
            ["Input.Location"] = "Plymouth",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["An intervention must have at least one session."], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task EditIntervention_MarkedUnavailable_NoLongerOfferedForProposals()
    {
        var activity = Activity("Emotional management group");
        await InScopeAsync(async db =>
        {
            db.Add(activity);
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(AdminEmail);
        var page = await client.GetDocumentAsync($"/Admin/Interventions/{activity.Id}");

        var response = await client.PostAsync($"/Admin/Interventions/{activity.Id}", FormFields(page, "main form", new Dictionary<string, string>
        {
            ["Input.Sessions"] = "8",
            ["Input.Availability"] = "unavailable",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await InScopeAsync(db => db.Interventions.AsNoTracking().SingleAsync(i => i.Id == activity.Id));
        Assert.Equal((8, false), (stored.Sessions, stored.IsAvailableNow));
    }

    [Fact]
    public async Task EditIntervention_StaleVersion_ConflictPageAndFirstKept()
    {
        var activity = Activity("Alcohol awareness group");
        await InScopeAsync(async db =>
        {
            db.Add(activity);
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(AdminEmail);
        var page = await client.GetDocumentAsync($"/Admin/Interventions/{activity.Id}");
        await client.PostAsync($"/Admin/Interventions/{activity.Id}", FormFields(page, "main form", new Dictionary<string, string> { ["Input.Sessions"] = "9" }));

        var stale = await client.PostAsync($"/Admin/Interventions/{activity.Id}", FormFields(page, "main form", new Dictionary<string, string> { ["Input.Sessions"] = "12" }));

        await stale.AssertConflictAsync($"/Admin/Interventions/{activity.Id}");
        Assert.Equal(9, await InScopeAsync(db => db.Interventions.Where(i => i.Id == activity.Id).Select(i => i.Sessions).SingleAsync()));
    }

    [Fact]
    public async Task Concordance_SentencedReports_CountsByCourtAndMonth()
    {
        await SeedSentencedAsync(
            ("F600001", CourtName, PsrType.StandardDelivery, SentenceKind.CommunityOrder, new DateOnly(2025, 3, 12), true),
            ("F600002", CourtName, PsrType.Oral, SentenceKind.SuspendedSentenceOrder, new DateOnly(2025, 3, 20), false),
            ("F600003", CourtName, PsrType.FastDelivery, SentenceKind.Fine, new DateOnly(2025, 4, 2), true),
            ("F600004", "Plymouth Magistrates' Court", PsrType.FastDelivery, SentenceKind.CommunityOrder, new DateOnly(2025, 3, 14), true));
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync("/Court/Concordance");

        var march = page.QuerySelectorAll("#concordance tbody tr")
            .Select(tr => tr.QuerySelectorAll("th, td").Select(cell => cell.TextContent.Trim()).ToList())
            .Single(cells => cells[0] == CourtName && cells[1] == "March 2025");
        // Sentenced, same, more, less, no proposal, oral, fast, standard, checks outstanding.
        Assert.Equal(["2", "1", "1", "0", "0", "1", "0", "1", "2"], march.Skip(2).ToList());
    }

    [Fact]
    public async Task ConcordanceCsv_CourtNameWithComma_IsQuotedAndCountsMatch()
    {
        await SeedSentencedAsync(("G700001", "Truro, Crown \"Court\"", PsrType.FastDelivery, SentenceKind.Fine, new DateOnly(2025, 5, 6), true));
        var client = await SignedInClientAsync(CourtEmail);

        var response = await client.GetAsync(new Uri("/Court/Concordance?handler=Csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Court,Month,Sentenced,Same as proposed,More severe,Less severe", lines[0], StringComparison.Ordinal);
        Assert.Equal("\"Truro, Crown \"\"Court\"\"\",2025-05,1,0,0,1,0,0,1,0,0,0", lines[1]);
    }

    [Fact]
    public async Task ConcordanceCsv_CourtNameLikeAFormula_NeutralisedAndTheDownloadAudited()
    {
        await SeedSentencedAsync(("G700002", "=HYPERLINK(\"https://evil.example\")", PsrType.Oral, SentenceKind.Fine, new DateOnly(2025, 6, 2), true));
        var client = await SignedInClientAsync(CourtEmail);

        var csv = await client.GetStringAsync(new Uri("/Court/Concordance?handler=Csv", UriKind.Relative));

        var line = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.StartsWith("\"'=HYPERLINK(\"\"https://evil.example\"\")\",2025-06,", line, StringComparison.Ordinal);
        var exports = await InScopeAsync(db => db.AuditEntries.CountAsync(e => e.Action == ProbationCase.Infrastructure.Auditing.AuditAction.Exported && e.EntityType == "/Court/Concordance CSV"));
        Assert.Equal(1, exports);
    }

    private static async Task AssertForbiddenAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.PathAndQuery();
        Assert.StartsWith("/Errors/403", location, StringComparison.Ordinal);
        var shown = await client.GetAsync(new Uri(location, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, shown.StatusCode);
    }

    private async Task<Guid> SeedDeliveredReportAsync()
    {
        var person = Person("H800001");
        var activity = Activity();
        var report = Report(person.Id).Proposed(activity).ChecksReturned().Delivered();
        await InScopeAsync(async db =>
        {
            db.AddRange(person, activity, report);
            await db.SaveChangesAsync();
        });
        return report.Id;
    }

    /// <summary>Each report proposes a community order with RAR 20; the passed sentence decides concordance.</summary>
    private async Task SeedSentencedAsync(params (string Crn, string CourtName, PsrType Type, SentenceKind Passed, DateOnly On, bool ChecksBack)[] cases)
    {
        var activity = Activity();
        await InScopeAsync(async db =>
        {
            db.Add(activity);
            foreach (var item in cases)
            {
                var person = Person(item.Crn);
                var report = Report(person.Id, item.Type, item.CourtName).Proposed(activity);
                if (item.ChecksBack)
                {
                    report.ChecksReturned();
                }
                else
                {
                    report.RecordCheckOutstandingToldToCourt(PreSentenceCheckKind.PoliceDomesticAbuse, Hearing);
                    report.RecordCheckOutstandingToldToCourt(PreSentenceCheckKind.ChildrensServices, Hearing);
                }

                report.Delivered();
                IReadOnlyList<RequirementTerms> requirements = item.Passed switch
                {
                    SentenceKind.CommunityOrder => [RequirementTerms.Rar(20)],
                    SentenceKind.SuspendedSentenceOrder => [RequirementTerms.Rar(20)],
                    _ => [],
                };
                int? length = item.Passed is SentenceKind.CommunityOrder or SentenceKind.SuspendedSentenceOrder ? 12 : null;
                report.RecordSentence(new CourtSentence(item.Passed, item.On, length, requirements), item.On);
                db.AddRange(person, report);
            }

            await db.SaveChangesAsync();
        });
    }
}
