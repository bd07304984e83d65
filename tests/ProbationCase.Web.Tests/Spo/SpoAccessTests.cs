using System.Net;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Spo;

public sealed class SpoAccessTests(ProbationCaseWebFactory factory) : WebTest(factory)
{
    public static TheoryData<string, string> OtherRolesOnSpoRoutes()
    {
        var id = Guid.CreateVersion7();
        string[] routes =
        [
            "/Spo",
            "/Spo/Allocations",
            $"/Spo/Allocations/{id}",
            "/Spo/Caseload",
            "/Spo/Caseload?officer=" + id,
            "/Spo/Approvals",
            $"/Spo/Approvals/{id}",
            "/Spo/Dashboard",
            "/Spo/Dashboard?handler=Csv&table=caseload",
            "/Spo/Audits",
            $"/Spo/Audits/{id}",
        ];
        var data = new TheoryData<string, string>();
        foreach (var email in new[] { "ro@probation.test", "court@probation.test" })
        {
            foreach (var route in routes)
            {
                data.Add(email, route);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OtherRolesOnSpoRoutes))]
    public async Task SpoRoute_RoOrCourtLiaison_IsForbidden(string email, string route)
    {
        var client = await SignedInClientAsync(email);

        var response = await client.GetAsync(new Uri(route, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.PathAndQuery();
        Assert.StartsWith("/Errors/403", location, StringComparison.Ordinal);
        var forbidden = await client.GetAsync(new Uri(location, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
