using System.Net;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Account;

public sealed class AccessTests(ProbationCaseWebFactory factory) : WebTest(factory)
{
    [Fact]
    public async Task Health_Anonymous_Returns200()
    {
        var response = await AnonymousClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Officer")]
    [InlineData("/Spo")]
    [InlineData("/Court")]
    [InlineData("/Admin")]
    public async Task AnyPage_Anonymous_RedirectsToSignIn(string path)
    {
        var response = await AnonymousClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ro@probation.test", "/Court")]
    [InlineData("ro@probation.test", "/Spo")]
    [InlineData("ro@probation.test", "/Admin")]
    [InlineData("court@probation.test", "/Officer")]
    [InlineData("court@probation.test", "/Spo")]
    [InlineData("admin@probation.test", "/Officer")]
    public async Task RolePage_OtherRole_IsForbidden(string email, string path)
    {
        var client = await SignedInClientAsync(email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Errors/403", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUrl_SignedIn_ShowsGovUkNotFoundPage()
    {
        var client = await SignedInClientAsync("ro@probation.test");

        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await AnonymousClient().GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
