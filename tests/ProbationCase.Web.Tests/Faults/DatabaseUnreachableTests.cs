using System.Diagnostics;
using System.Net;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Faults;

/// <summary>With PostgreSQL unreachable: the GOV.UK "service unavailable" page (503) at once, and /health unhealthy.</summary>
public sealed class DatabaseUnreachableTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    private const string UnavailableHeading = "Sorry, the service is unavailable";

    [Fact]
    public async Task SignInPage_DatabaseUnreachable_ServiceUnavailablePageWithinSeconds()
    {
        var client = factory.CreateBrowserLikeClient();
        // The first request of a fresh host pays for its start-up (JIT, views); the claim is about every request after.
        await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var timer = Stopwatch.StartNew();

        var response = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        timer.Stop();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(UnavailableHeading, page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.StartsWith(UnavailableHeading, page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("link[href*='govuk-frontend']"));
        Assert.Equal("30", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(5), $"took {timer.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Health_DatabaseUnreachable_Unhealthy503()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
