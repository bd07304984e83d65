using System.Net;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Tests.Support;
using static ProbationCase.Web.Tests.Cases.CaseloadSeed;

namespace ProbationCase.Web.Tests.Cases;

public sealed class CaseRecordTests(ProbationCaseWebFactory factory) : WebTest(factory)
{
    private const string Ro = "ro@probation.test";

    [Fact]
    public async Task CaseRecord_RarActivities_ShowsDeliveredBookedAndMaximumFromTheLedger()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 30, RequirementTerms.Rar(20));
        var rarId = order.Rar!.Id;
        order.StartRequirement(rarId, Today.AddDays(-29));
        await seed.SaveAsync(person, order,
            // Two activities on one day count once [seed 000 §5.5]: 2 days delivered.
            Contact(order, me, At(10, 10), ContactOutcome.AttendedComplied, ContactType.RarActivity, rarId),
            Contact(order, me, At(10, 14), ContactOutcome.AttendedComplied, ContactType.RarActivity, rarId),
            Contact(order, me, At(5), ContactOutcome.AttendedComplied, ContactType.RarActivity, rarId),
            // A RAR appointment counts no days.
            Contact(order, me, At(4), ContactOutcome.AttendedComplied, ContactType.RarAppointment, rarId),
            Contact(order, me, At(-3), null, ContactType.RarActivity, rarId));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync($"/Cases/{person.Id}");

        var rar = page.QuerySelector($"#rar-{rarId}")!;
        Assert.Equal("2", rar.QuerySelector(".rar-delivered")!.TextContent);
        Assert.Equal("1", rar.QuerySelector(".rar-booked")!.TextContent);
        Assert.Equal("20", rar.QuerySelector(".rar-maximum")!.TextContent);
        Assert.Contains($"/Cases/{person.Id}/Orders/{order.Id}/Rar", page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task CaseRecord_FirstSeenAfterTheFiveBusinessDays_KeepsAWasLateMarker()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var late = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var lateOrder = OrderSentenced(late, 30);
        var prompt = AllocatedPerson(me, "A100002", "Ben", "Brown");
        var promptOrder = OrderSentenced(prompt, 30);
        await seed.SaveAsync(late, lateOrder, prompt, promptOrder,
            Contact(lateOrder, me, At(15), ContactOutcome.AttendedComplied),
            Contact(promptOrder, me, At(29), ContactOutcome.AttendedComplied));
        var client = await SignedInClientAsync(Ro);

        var latePage = await client.GetDocumentAsync($"/Cases/{late.Id}");
        var promptPage = await client.GetDocumentAsync($"/Cases/{prompt.Id}");
        var caseload = await client.GetDocumentAsync("/Officer?Warning=FirstAppointmentLate");

        var marker = latePage.QuerySelector($"#order-{lateOrder.Id} .first-appointment")!;
        Assert.Contains("Seen " + UiDefaults.Date(Today.AddDays(-15)), marker.TextContent, StringComparison.Ordinal);
        Assert.Equal("Was late", marker.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Null(promptPage.QuerySelector($"#order-{promptOrder.Id} .first-appointment .govuk-tag"));
        Assert.Empty(caseload.QuerySelectorAll("#caseload tbody tr"));
    }

    [Fact]
    public async Task CaseRecord_PersonWithRiskAndDetails_ShowsRiskHistoryFlagsAndOfficer()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        person.AssessRisk(new RiskAssessment { Rosh = RoshLevel.High, Flags = RiskFlags.DomesticAbuse | RiskFlags.ChildProtectionOrSafeguarding }, me.Id, "Police call-out reported", Now.AddDays(-3));
        person.ChangeAddress(Address.Create("1 High Street", null, "Exeter", "ex1 1aa"));
        person.RecordNeeds(Needs.Accommodation | Needs.Alcohol);
        await seed.SaveAsync(person, OrderSentenced(person, 10));
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync($"/Cases/{person.Id}");

        Assert.Contains("Domestic abuse", page.QuerySelector("#safeguarding-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Police call-out reported", page.QuerySelector("#risk-history")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Riya Osei", page.QuerySelector("#risk-history")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Riya Osei", page.QuerySelector("#responsible-officer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("EX1 1AA", page.QuerySelector("#personal-details")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Accommodation", page.QuerySelector("#needs")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No failures", page.QuerySelector(".compliance")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseRecord_CourtLiaisonUser_CanReadTheCase()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OtherOfficerAsync();
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        await seed.SaveAsync(person, OrderSentenced(person, 10));
        var client = await SignedInClientAsync("court@probation.test");

        var response = await client.GetAsync(new Uri($"/Cases/{person.Id}", UriKind.Relative));
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ann Adams", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task CaseRecord_RestrictedFromTheUser_IsForbidden()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        person.ExcludeStaff(await seed.UserIdAsync(Ro), Guid.NewGuid(), Now);
        await seed.SaveAsync(person, OrderSentenced(person, 10));
        var client = await SignedInClientAsync(Ro);

        var record = await client.GetAsync(new Uri($"/Cases/{person.Id}", UriKind.Relative));
        var activity = await client.GetAsync(new Uri($"/Cases/{person.Id}/Activity", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, activity.StatusCode);
    }

    [Fact]
    public async Task CaseRecord_UnknownPerson_IsNotFound()
    {
        var client = await SignedInClientAsync(Ro);

        var response = await client.GetAsync(new Uri($"/Cases/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
