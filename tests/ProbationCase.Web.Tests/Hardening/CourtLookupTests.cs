using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Web.Tests.Court;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Hardening;

/// <summary>
/// [DOMAIN.md §12] a court-facing lookup never reveals a restricted person's existence: the court officer gets
/// the same response for a restricted person's CRN (or name) as for a CRN (or name) no one has.
/// </summary>
public sealed class CourtLookupTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    private const string RestrictedCrn = "R700001";
    private const string UnusedCrn = "R700002";
    private static readonly DateOnly Born = new(1979, 11, 3);

    private async Task ArrangeRestrictedPersonAsync()
    {
        await InScopeAsync(async db =>
        {
            var ro = await db.Users.SingleAsync(u => u.Email == "ro@probation.test");
            var person = CourtTestData.Person(RestrictedCrn, "Morgan", "Zorblatt", Born);
            person.RestrictTo([ro.Id], ro.Id, DateTimeOffset.UtcNow);
            db.People.Add(person);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>Status and the page's main content, with what was looked up taken out.</summary>
    private static async Task<(HttpStatusCode Status, string Main)> SeenAsync(HttpResponseMessage response, params string[] lookedUp)
    {
        var page = await response.ReadDocumentAsync();
        // Each response carries a fresh antiforgery token; everything else must be the same.
        foreach (var token in page.QuerySelectorAll("input[name=__RequestVerificationToken]"))
        {
            token.RemoveAttribute("value");
        }

        var main = page.QuerySelector("main")?.InnerHtml ?? string.Empty;
        foreach (var value in lookedUp)
        {
            main = main.Replace(value, "{looked-up}", StringComparison.OrdinalIgnoreCase);
        }

        return (response.StatusCode, main);
    }

    private static Dictionary<string, string> NewReport(Dictionary<string, string> person)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "FastDelivery",
            ["Input.CourtName"] = CourtTestData.CourtName,
            ["Input.HearingDate.Day"] = "10",
            ["Input.HearingDate.Month"] = "3",
            ["Input.HearingDate.Year"] = "2025",
            ["Input.Offences[0].Description"] = "Theft from a shop",
            ["Input.Offences[0].Date.Day"] = "2",
            ["Input.Offences[0].Date.Month"] = "1",
            ["Input.Offences[0].Date.Year"] = "2025",
        };
        foreach (var (key, value) in person)
        {
            fields[key] = value;
        }

        return fields;
    }

    [Fact]
    public async Task NewReportFindByCrn_RestrictedCrn_SameResponseAsUnusedCrn()
    {
        await ArrangeRestrictedPersonAsync();
        var court = await SignedInClientAsync(CourtTestData.CourtEmail);
        var form = await court.GetDocumentAsync("/Court/Reports/New");

        var restricted = await SeenAsync(await court.SubmitFormAsync(form, NewReport(new() { ["Input.FindBy"] = "Crn", ["Input.Crn"] = RestrictedCrn })), RestrictedCrn);
        var unused = await SeenAsync(await court.SubmitFormAsync(form, NewReport(new() { ["Input.FindBy"] = "Crn", ["Input.Crn"] = UnusedCrn })), UnusedCrn);

        Assert.Equal(HttpStatusCode.BadRequest, unused.Status);
        Assert.Equal(unused, restricted);
        Assert.Equal(0, await InScopeAsync(db => db.PreSentenceReports.CountAsync()));
    }

    [Fact]
    public async Task NewReportFindByName_RestrictedPerson_SameResponseAsNoOne()
    {
        await ArrangeRestrictedPersonAsync();
        var court = await SignedInClientAsync(CourtTestData.CourtEmail);
        var form = await court.GetDocumentAsync("/Court/Reports/New");
        Dictionary<string, string> ByName(string last) => new()
        {
            ["Input.FindBy"] = "NameAndDateOfBirth",
            ["Input.FirstName"] = "Morgan",
            ["Input.LastName"] = last,
            ["Input.DateOfBirth.Day"] = "3",
            ["Input.DateOfBirth.Month"] = "11",
            ["Input.DateOfBirth.Year"] = "1979",
        };

        var restricted = await SeenAsync(await court.SubmitFormAsync(form, NewReport(ByName("Zorblatt"))), "Zorblatt");
        var noOne = await SeenAsync(await court.SubmitFormAsync(form, NewReport(ByName("Quennell"))), "Quennell");

        Assert.Equal(HttpStatusCode.BadRequest, noOne.Status);
        Assert.Equal(noOne, restricted);
    }

    [Theory]
    [InlineData(RestrictedCrn, UnusedCrn)]
    [InlineData("Zorblatt", "Quennell")]
    public async Task Search_RestrictedPerson_SameResponseAsNoOne(string restrictedQuery, string unusedQuery)
    {
        await ArrangeRestrictedPersonAsync();
        var court = await SignedInClientAsync(CourtTestData.CourtEmail);

        var restricted = await SeenAsync(await court.GetAsync(new Uri($"/Search?Query={restrictedQuery}", UriKind.Relative)), restrictedQuery);
        var unused = await SeenAsync(await court.GetAsync(new Uri($"/Search?Query={unusedQuery}", UriKind.Relative)), unusedQuery);

        Assert.Equal(HttpStatusCode.OK, unused.Status);
        Assert.Equal(unused, restricted);
    }

    [Fact]
    public async Task NewReportNewPerson_NoCrnAsked_ServiceIssuesAnUnusedOne()
    {
        await ArrangeRestrictedPersonAsync();
        var court = await SignedInClientAsync(CourtTestData.CourtEmail);
        var form = await court.GetDocumentAsync("/Court/Reports/New");
        Assert.Null(form.QuerySelector("input[name='Input.NewCrn']"));

        var response = await court.SubmitFormAsync(form, NewReport(new()
        {
            ["Input.FindBy"] = "NewPerson",
            ["Input.NewFirstName"] = "Robin",
            ["Input.NewLastName"] = "Newcase",
            ["Input.NewDateOfBirth.Day"] = "4",
            ["Input.NewDateOfBirth.Month"] = "7",
            ["Input.NewDateOfBirth.Year"] = "1995",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var crns = await InScopeAsync(db => db.People.Select(p => p.Crn.Value).ToListAsync());
        Assert.Equal(2, crns.Distinct().Count());
    }
}
