using System.Net;
using AngleSharp.Dom;
using ProbationCase.Web.Tests.Support;
using static ProbationCase.Web.Tests.Cases.CaseloadSeed;

namespace ProbationCase.Web.Tests.Cases;

public sealed class SearchTests(ProbationCaseWebFactory factory) : WebTest(factory)
{
    private static List<string> Crns(IDocument page) =>
        page.QuerySelectorAll("#results tbody tr").Select(row => row.GetAttribute("data-crn")!).ToList();

    private async Task ArrangeAsync(Action<Domain.People.PersonOnProbation>? restrict = null)
    {
        var seed = new CaseloadSeed(Factory.Services);
        var officer = await seed.OtherOfficerAsync();
        var first = AllocatedPerson(officer, "X123456", "Jo", "Smithson");
        var second = AllocatedPerson(officer, "X654321", "Sam", "Smith");
        var third = AllocatedPerson(officer, "Y111111", "Lee", "Jones");
        restrict?.Invoke(second);
        await seed.SaveAsync(first, second, third);
    }

    [Fact]
    public async Task Search_ByCrnInLowerCase_FindsThatPersonOnly()
    {
        await ArrangeAsync();
        var client = await SignedInClientAsync("ro@probation.test");

        var page = await client.GetDocumentAsync("/Search?Query=x123456");

        Assert.Equal(["X123456"], Crns(page));
    }

    [Fact]
    public async Task Search_ByPartOfAName_FindsEveryMatchInAnyCase()
    {
        await ArrangeAsync();
        var client = await SignedInClientAsync("court@probation.test");

        var page = await client.GetDocumentAsync("/Search?Query=SMITH");

        Assert.Equal(["X654321", "X123456"], Crns(page));
    }

    [Fact]
    public async Task Search_MoreMatchesThanTheCap_SaysMoreThanAndAsksForMoreOfTheName()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var officer = await seed.OtherOfficerAsync();
        // One more than the cap: the count stops there.
        await seed.SaveAsync(Enumerable.Range(0, Web.Cases.Queries.PersonSearchQuery.CountCap + 1)
            .Select(i => AllocatedPerson(officer, $"K{i:D6}", "Pat", $"Kingsmill{i:D3}")));
        var client = await SignedInClientAsync("ro@probation.test");

        var page = await client.GetDocumentAsync("/Search?Query=kingsmill");

        Assert.Equal("more than 200 people found", page.QuerySelector("#results-heading")!.TextContent.Trim());
        Assert.Equal("More than 200 people match — add more of the name or the CRN. The first 200 are listed.", page.QuerySelector("#more-than-shown")!.TextContent.Trim());
        Assert.Equal(25, Crns(page).Count);
        Assert.Equal("8", page.QuerySelectorAll(".govuk-pagination__item a")[^1].TextContent.Trim());
    }

    [Fact]
    public async Task Search_FewerMatchesThanTheCap_CountsExactly()
    {
        await ArrangeAsync();
        var client = await SignedInClientAsync("ro@probation.test");

        var page = await client.GetDocumentAsync("/Search?Query=smith");

        Assert.Equal("2 people found", page.QuerySelector("#results-heading")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#more-than-shown"));
    }

    [Fact]
    public async Task Search_Empty_Returns400WithGovUkError()
    {
        var client = await SignedInClientAsync("spo@probation.test");

        var response = await client.GetAsync(new Uri("/Search?Query=", UriKind.Relative));
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a CRN or name"], page.ErrorSummaryMessages());
        Assert.NotNull(page.QuerySelector("#Query-error"));
    }

    [Fact]
    public async Task Search_FirstVisit_ShowsTheFormWithoutErrors()
    {
        // Search is for case readers; an administrator is not one (issue 12).
        var client = await SignedInClientAsync("court@probation.test");

        var response = await client.GetAsync(new Uri("/Search", UriKind.Relative));
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.ErrorSummaryMessages());
    }

    [Fact]
    public async Task Search_CaseRestrictedFromTheUser_IsNotFound()
    {
        var seed = new CaseloadSeed(Factory.Services);
        var roUserId = await seed.UserIdAsync("ro@probation.test");
        await ArrangeAsync(person => person.ExcludeStaff(roUserId, Guid.NewGuid(), Now));
        var client = await SignedInClientAsync("ro@probation.test");

        var byName = await client.GetDocumentAsync("/Search?Query=smith");
        var byCrn = await client.GetDocumentAsync("/Search?Query=X654321");

        Assert.Equal(["X123456"], Crns(byName));
        Assert.Empty(Crns(byCrn));
    }
}
