using System.Net;
using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Diagnostics;

[Collection(DiagnosticsCollection.Name)]
public sealed class DiagnosticsTests(DiagnosticsWebFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UnexpectedError_OutsideDevelopment_ShowsGovUk500WithReferenceAndNoStackTrace()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("ro@probation.test", DemoUserSeeder.DemoPassword);

        var response = await client.GetAsync(new Uri(DiagnosticsWebFactory.FailingPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("X999999", html, StringComparison.Ordinal);
        Assert.Matches("[0-9a-f]{8,}", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task RequestLog_WithNameAndCrnInQueryString_LogsNeither()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("ro@probation.test", DemoUserSeeder.DemoPassword);

        await client.GetAsync(new Uri("/Officer?search=Zebedee+Quartermaine+X123456", UriKind.Relative));

        var logged = factory.Logs.AllText();
        Assert.Contains("responded 200", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("Zebedee", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("Quartermaine", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("X123456", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("search=", logged, StringComparison.Ordinal);
    }
}
