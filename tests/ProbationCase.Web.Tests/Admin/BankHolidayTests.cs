using System.Net;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Admin;

public sealed class BankHolidayTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private const string Page = "/Admin/BankHolidays";

    [Fact]
    public async Task List_Year2025_ShowsPublishedDates()
    {
        var client = await SignedInClientAsync("admin@probation.test");

        var page = await client.GetDocumentAsync($"{Page}?year=2025");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(8, rows.Count);
        Assert.Contains(rows, r => r.Contains("Friday 18 April 2025", StringComparison.Ordinal) && r.Contains("Good Friday", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Add_NewWeekdayDate_IsSavedAndListed()
    {
        var client = await SignedInClientAsync("admin@probation.test");
        var page = await client.GetDocumentAsync(Page);

        var response = await client.SubmitFormAsync(page, Fields("3", "1", "2028", "New Year's Day (substitute day)"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await InScopeAsync(db => db.BankHolidays.AnyAsync(b => b.Date == new DateOnly(2028, 1, 3))));
    }

    [Fact]
    public async Task Add_Saturday_IsRefusedWithDomainMessage()
    {
        var client = await SignedInClientAsync("admin@probation.test");
        var page = await client.GetDocumentAsync(Page);

        var response = await client.SubmitFormAsync(page, Fields("1", "1", "2028", "New Year's Day"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A bank holiday must fall on a weekday; enter the substitute day instead."], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
        Assert.False(await InScopeAsync(db => db.BankHolidays.AnyAsync(b => b.Date.Year == 2028)));
    }

    [Fact]
    public async Task Add_DateThatDoesNotExist_ShowsGovUkDateError()
    {
        var client = await SignedInClientAsync("admin@probation.test");
        var page = await client.GetDocumentAsync(Page);

        var response = await client.SubmitFormAsync(page, Fields("30", "2", "2028", "Leap day"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Date of the bank holiday must be a real date"], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task Add_ExistingDate_IsRefused()
    {
        var client = await SignedInClientAsync("admin@probation.test");
        var page = await client.GetDocumentAsync(Page);

        var response = await client.SubmitFormAsync(page, Fields("25", "12", "2026", "Christmas Day"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["That date is already a bank holiday"], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Theory]
    [InlineData("ro@probation.test")]
    [InlineData("court@probation.test")]
    [InlineData("spo@probation.test")]
    public async Task Page_NonAdministrator_IsForbidden(string email)
    {
        var client = await SignedInClientAsync(email);

        var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.StartsWith("/Errors/403", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string day, string month, string year, string name) => new()
    {
        ["Input.Date.Day"] = day,
        ["Input.Date.Month"] = month,
        ["Input.Date.Year"] = year,
        ["Input.Name"] = name,
    };
}
