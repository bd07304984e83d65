using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Hardening;

/// <summary>
/// Every page × every role, generated from the endpoint data source: each page names a policy (or is
/// anonymous), each role is let in or refused as that policy says, and SPO work on one case is refused
/// (403) for another team's case.
/// </summary>
public sealed class AuthorisationMatrixTests(ProbationCaseWebFactory factory) : DatabaseTest(factory)
{
    [Fact]
    public async Task EveryPage_NamesAPolicyOrIsAnonymous()
    {
        var pages = await EndpointCatalogue.PagesAsync(Factory.Services);

        var unnamed = pages.Where(p => !p.AllowsAnonymous && p.Policies.Count == 0).Select(p => p.Template).ToList();

        Assert.True(pages.Count > 40, $"Only {pages.Count} pages found");
        Assert.Empty(unnamed);
    }

    [Fact]
    public async Task EveryPageAndRole_LetInOrRefusedAsThePolicySays()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var pages = await EndpointCatalogue.PagesAsync(Factory.Services);
        var clients = new Dictionary<string, HttpClient>();
        foreach (var email in CaseWorld.Emails)
        {
            clients[email] = await SignedInClientAsync(email);
        }

        var failures = new StringBuilder();
        var cells = 0;
        foreach (var page in pages.Where(p => !p.Template.StartsWith("Errors", StringComparison.Ordinal)))
        {
            var url = world.Url(page.Template);
            var anonymous = await AnonymousClient().GetAsync(new Uri(url, UriKind.Relative));
            cells++;
            if (!page.AllowsAnonymous && !EndpointCatalogue.IsSentToSignIn(anonymous))
            {
                failures.AppendLine($"{url} anonymous: {(int)anonymous.StatusCode}, expected sign-in");
            }

            foreach (var (email, client) in clients)
            {
                var role = EndpointCatalogue.RoleOf(email);
                var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                cells++;
                var expectAllowed = page.Allows(role);
                if ((int)response.StatusCode >= 500)
                {
                    failures.AppendLine($"{url} {role}: {(int)response.StatusCode}");
                }
                else if (expectAllowed && (EndpointCatalogue.IsDenied(response) || EndpointCatalogue.IsSentToSignIn(response)))
                {
                    failures.AppendLine($"{url} {role}: refused, but its policies ({string.Join(", ", page.Policies)}) allow it");
                }
                else if (!expectAllowed && !EndpointCatalogue.IsDenied(response))
                {
                    failures.AppendLine($"{url} {role}: {(int)response.StatusCode}, expected 403");
                }
            }
        }

        Assert.True(cells > 200, $"only {cells} cells");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public async Task Administrator_CaseRecordAndSearch_Refused()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var admin = await SignedInClientAsync("admin@probation.test");

        Assert.True(EndpointCatalogue.IsDenied(await admin.GetAsync(new Uri($"/Cases/{world.PersonId}", UriKind.Relative))));
        Assert.True(EndpointCatalogue.IsDenied(await admin.GetAsync(new Uri("/Search?Query=Alex", UriKind.Relative))));
    }

    [Fact]
    public async Task EveryTeamScopedPage_AnotherTeamsCase_Spo403ForViewAndWrite()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var pages = (await EndpointCatalogue.PagesAsync(Factory.Services))
            .Where(p => p.IsTeamScoped && (p.Template.Contains("{personId", StringComparison.Ordinal) || p.Template.Contains("{decisionId", StringComparison.Ordinal)))
            .ToList();
        var spo = await SignedInClientAsync("spo@probation.test");
        var token = await TokenAsync(spo, world.Url("Spo/Allocations/{personId}"));

        var failures = new StringBuilder();
        foreach (var page in pages)
        {
            var own = await spo.GetAsync(new Uri(world.Url(page.Template), UriKind.Relative));
            var theirs = await spo.GetAsync(new Uri(world.Url(page.Template, otherTeam: true), UriKind.Relative));
            var post = await spo.PostAsync(new Uri(world.Url(page.Template, otherTeam: true), UriKind.Relative),
                new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            if (own.StatusCode != HttpStatusCode.OK)
            {
                failures.AppendLine($"{page} own team: {(int)own.StatusCode}");
            }

            if (theirs.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.AppendLine($"{page} other team view: {(int)theirs.StatusCode}");
            }

            if (post.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.AppendLine($"{page} other team write: {(int)post.StatusCode}");
            }
        }

        Assert.Equal(["Audit/Cases/{personId:guid}", "Cases/{personId:guid}/Oversight", "Spo/Allocations/{personId:guid}", "Spo/Approvals/Absences/{personId:guid}/{absenceId:guid}", "Spo/Approvals/{decisionId:guid}", "Spo/Audits/{personId:guid}"],
            pages.Select(p => p.Template).Order(StringComparer.Ordinal).ToList());
        Assert.True(failures.Length == 0, failures.ToString());
    }

    internal static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }
}
