using System.Net;
using AngleSharp.Dom;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Web.Tests.Support;
using static ProbationCase.Web.Tests.Cases.CaseloadSeed;

namespace ProbationCase.Web.Tests.Cases;

public sealed class ActivityLogTests(ProbationCaseWebFactory factory) : WebTest(factory)
{
    private const string Ro = "ro@probation.test";

    private sealed record Arranged(PersonOnProbation Person, Order Order, StaffMember Officer, Contact Office, Contact Rar, Contact Missing, Contact Sensitive);

    private async Task<Arranged> ArrangeAsync()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var me = await seed.OfficerForAsync(Ro);
        var person = AllocatedPerson(me, "A100001", "Ann", "Adams");
        var order = OrderSentenced(person, 60, RequirementTerms.Rar(20));
        order.StartRequirement(order.Rar!.Id, Today.AddDays(-59));
        var office = Contact(order, me, At(40), ContactOutcome.AttendedComplied);
        var rar = Contact(order, me, At(20), ContactOutcome.AttendedComplied, ContactType.RarActivity, order.Rar.Id);
        var missing = Contact(order, me, At(5));
        var sensitive = Contact(order, me, At(3), ContactOutcome.AttendedComplied, ContactType.HomeVisit, notes: "Disclosed a new partner", sensitive: true);
        await seed.SaveAsync(person, order, office, rar, missing, sensitive);
        return new Arranged(person, order, me, office, rar, missing, sensitive);
    }

    private static List<string> ContactIds(IDocument page) =>
        page.QuerySelectorAll("#activity tbody tr").Select(row => row.GetAttribute("data-contact")!).ToList();

    [Fact]
    public async Task Activity_NoFilters_ListsEveryContactNewestFirst()
    {
        var arranged = await ArrangeAsync();
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync($"/Cases/{arranged.Person.Id}/Activity");

        Assert.Equal([arranged.Sensitive.Id.ToString(), arranged.Missing.Id.ToString(), arranged.Rar.Id.ToString(), arranged.Office.Id.ToString()], ContactIds(page));
    }

    [Fact]
    public async Task Activity_OutcomeNotRecorded_FiltersAndLinksToRecordTheOutcome()
    {
        var arranged = await ArrangeAsync();
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync($"/Cases/{arranged.Person.Id}/Activity?Filter.Outcome=not-recorded");

        Assert.Equal([arranged.Missing.Id.ToString()], ContactIds(page));
        Assert.Equal($"/Cases/{arranged.Person.Id}/Contacts/{arranged.Missing.Id}/Outcome", page.QuerySelector("a.record-outcome")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Activity_RarOnly_ShowsOnlyRarContacts()
    {
        var arranged = await ArrangeAsync();
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync($"/Cases/{arranged.Person.Id}/Activity?Filter.RarOnly=true");

        Assert.Equal([arranged.Rar.Id.ToString()], ContactIds(page));
    }

    [Fact]
    public async Task Activity_TypeFilter_ShowsOnlyThatType()
    {
        var arranged = await ArrangeAsync();
        var client = await SignedInClientAsync(Ro);

        var page = await client.GetDocumentAsync($"/Cases/{arranged.Person.Id}/Activity?Filter.Type=HomeVisit");

        Assert.Equal([arranged.Sensitive.Id.ToString()], ContactIds(page));
        Assert.NotNull(page.QuerySelector("#activity .sensitive"));
    }

    [Fact]
    public async Task Activity_DateRange_ShowsContactsBetweenTheDates()
    {
        var arranged = await ArrangeAsync();
        var client = await SignedInClientAsync(Ro);
        var from = Today.AddDays(-25);
        var to = Today.AddDays(-4);

        var page = await client.GetDocumentAsync(
            $"/Cases/{arranged.Person.Id}/Activity?Filter.From.Day={from.Day}&Filter.From.Month={from.Month}&Filter.From.Year={from.Year}&Filter.To.Day={to.Day}&Filter.To.Month={to.Month}&Filter.To.Year={to.Year}");

        Assert.Equal([arranged.Missing.Id.ToString(), arranged.Rar.Id.ToString()], ContactIds(page));
    }

    [Fact]
    public async Task Activity_DateThatDoesNotExist_Returns400WithGovUkError()
    {
        var arranged = await ArrangeAsync();
        var client = await SignedInClientAsync(Ro);

        var response = await client.GetAsync(new Uri($"/Cases/{arranged.Person.Id}/Activity?Filter.From.Day=31&Filter.From.Month=2&Filter.From.Year=2025", UriKind.Relative));
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Date from must be a real date"], page.ErrorSummaryMessages());
        Assert.Equal("#Filter_From_Day", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Filter_From-error"));
    }
}
