using AngleSharp.Dom;
using ProbationCase.Domain.Court;
using ProbationCase.Web.Court;
using ProbationCase.Web.Tests.Support;
using static ProbationCase.Web.Tests.Court.CourtTestData;

namespace ProbationCase.Web.Tests.Court;

/// <summary>The court work list [DOMAIN.md §10]: open reports by default, history on request, a capped count, the court filter.</summary>
public sealed class CourtWorkListTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private static List<string> ReportIds(IDocument page) =>
        page.QuerySelectorAll("#work-list tbody tr").Select(row => row.GetAttribute("data-report-id")!).ToList();

    private async Task<(PreSentenceReport Open, PreSentenceReport Closed)> OpenAndClosedAsync()
    {
        var openPerson = Person("C300001", "Olive", "Open");
        var closedPerson = Person("C300002", "Clive", "Closed");
        var activity = Activity();
        var open = Report(openPerson.Id);
        var closed = Report(closedPerson.Id, court: "Truro Crown Court").Closed(activity);
        await InScopeAsync(async db =>
        {
            db.AddRange(openPerson, closedPerson, activity, open, closed);
            await db.SaveChangesAsync();
        });
        return (open, closed);
    }

    [Fact]
    public async Task WorkList_ByDefault_ShowsOpenReportsOnly()
    {
        var (open, _) = await OpenAndClosedAsync();
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync("/Court");

        Assert.Equal([open.Id.ToString()], ReportIds(page));
        Assert.Equal("Showing 1 to 1 of 1 open reports", page.QuerySelector("#work-list caption")!.TextContent.Trim());
    }

    [Fact]
    public async Task WorkList_IncludeClosed_ShowsClosedReportsToo()
    {
        var (open, closed) = await OpenAndClosedAsync();
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync("/Court?Filter.IncludeClosed=true");

        Assert.Equal([open.Id.ToString(), closed.Id.ToString()], ReportIds(page));
        Assert.Equal("Sentenced", page.QuerySelector($"tr[data-report-id='{closed.Id}'] .govuk-tag")!.TextContent.Trim());
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Filter.IncludeClosed'][type='checkbox']")!.IsChecked);
    }

    [Fact]
    public async Task WorkList_OnlyClosedReportsAtTheCourt_SaysHowToSeeThem()
    {
        await OpenAndClosedAsync();
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync("/Court?Filter.Court=Truro+Crown+Court");

        Assert.Empty(ReportIds(page));
        Assert.Contains("Include closed reports", page.QuerySelector("#no-reports")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkList_CourtFilter_OffersEachCourtWithReportsOnceInOrder()
    {
        await OpenAndClosedAsync();
        var person = Person("C300003", "Bea", "Bodmin");
        await InScopeAsync(async db =>
        {
            db.AddRange(person, Report(person.Id, court: "Bodmin Magistrates' Court"), Report(person.Id, court: "Bodmin Magistrates' Court", hearing: Hearing.AddDays(7)));
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(CourtEmail);

        var page = await client.GetDocumentAsync("/Court");

        var options = page.QuerySelectorAll("select[name='Filter.Court'] option").Select(option => option.TextContent.Trim()).ToList();
        Assert.Equal(["Any court", "Bodmin Magistrates' Court", CourtName, "Truro Crown Court"], options);
    }

    [Fact]
    public async Task WorkList_MoreOpenReportsThanTheCap_SaysMoreThanAndPagesOnlyTheCap()
    {
        // One more than the cap, so the count stops at the cap and says so.
        var people = Enumerable.Range(0, CourtWorkList.CountCap + 1)
            .Select(i => Person($"D{i:D6}", "Many", $"Reports{i:D4}"))
            .ToList();
        await InScopeAsync(async db =>
        {
            db.AddRange(people);
            db.AddRange(people.Select(person => Report(person.Id)));
            await db.SaveChangesAsync();
        });
        var client = await SignedInClientAsync(CourtEmail);

        var first = await client.GetDocumentAsync("/Court");
        var beyond = await client.GetDocumentAsync("/Court?pageNumber=99");

        Assert.Equal("More than 1,000 reports match — narrow the filter (court, hearing dates or status) to see them all.", first.QuerySelector("#more-than-shown")!.TextContent.Trim());
        Assert.Equal("Showing 1 to 25 of more than 1,000 open reports", first.QuerySelector("#work-list caption")!.TextContent.Trim());
        Assert.Equal("40", first.QuerySelectorAll(".govuk-pagination__item a")[^1].TextContent.Trim());
        Assert.Equal("Showing 976 to 1000 of more than 1,000 open reports", beyond.QuerySelector("#work-list caption")!.TextContent.Trim());
        Assert.Equal(CourtWorkList.PageSize, ReportIds(beyond).Count);
    }
}
