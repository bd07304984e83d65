using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Web.Pages.Account;
using ProbationCase.Web.Tests.Support;
using Serilog.Events;

namespace ProbationCase.Web.Tests.Production;

/// <summary>The app in the Production environment, behind its TLS-terminating proxy.</summary>
[Collection(ProductionCollection.Name)]
public sealed class ProductionModeTests(ProductionWebFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HttpsRequest_SendsHstsAndPermissionsPolicy()
    {
        var response = await factory.ClientFor("https").GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttp_RedirectedToHttpsWithoutHsts()
    {
        var response = await factory.ClientFor("http").GetAsync(new Uri("/Account/SignIn?ReturnUrl=%2FOfficer", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"https://{ProductionWebFactory.PublicHost}/Account/SignIn?ReturnUrl=%2FOfficer", response.Headers.Location!.ToString());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task PlainHttp_ForwardedProtoHttpsFromTheProxy_ServedNotRedirected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/SignIn", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await factory.ClientFor("http").SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task PlainHttp_ForwardedProtoFromAnUnknownPeer_IgnoredAndRedirected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/SignIn", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add(ProductionWebFactory.PeerHeader, "198.51.100.7");

        var response = await factory.ClientFor("http").SendAsync(request);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_AntiforgeryAndSessionCookies_AreSecureAndHttpOnly()
    {
        var client = factory.ClientFor("https");

        var form = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var signedIn = await client.SignInAsync(ProductionWebFactory.StaffEmail, ProductionWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("probationcase-antiforgery=", StringComparison.Ordinal));
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("probationcase-session=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Officer", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task DemoAccountInTheDatabase_CannotSignIn()
    {
        var client = factory.ClientFor("https");

        var response = await client.SignInAsync(ProductionWebFactory.DemoEmail, ProductionWebFactory.Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([SignInModel.FailedMessage], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("probationcase-session=", StringComparison.Ordinal));
        Assert.True(EndpointCatalogueSentToSignIn(await client.GetAsync(new Uri("/Officer", UriKind.Relative))));
    }

    [Fact]
    public async Task UnexpectedError_500PageShowsTheLoggedReferenceAndNoStackTrace()
    {
        var client = factory.ClientFor("https");
        await client.SignInAsync(ProductionWebFactory.StaffEmail, ProductionWebFactory.Password);

        var response = await client.GetAsync(new Uri(ProductionWebFactory.FailingPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("X999999", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ProbationCase", html, StringComparison.Ordinal);
        var reference = page.QuerySelector("#error-reference")!.TextContent.Trim();
        Assert.NotEmpty(reference);
        var logged = Assert.Single(factory.Logs.Events, e => e.Exception is InvalidOperationException && e.Exception.Message.Contains("X999999", StringComparison.Ordinal)
            && e.TraceId?.ToHexString() == reference);
        Assert.Equal(LogEventLevel.Error, logged.Level);
    }

    [Fact]
    public async Task DataProtectionKeys_StoredEncryptedWithTheCertificate()
    {
        var client = factory.ClientFor("https");
        await client.SignInAsync(ProductionWebFactory.StaffEmail, ProductionWebFactory.Password);

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        var keys = new List<string>();
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", key, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task NoCertificateConfigured_StartUpRefusedWithAClearMessage()
    {
        await using var unconfigured = new ProductionWithoutCertificateFactory();

        var failure = await Assert.ThrowsAnyAsync<Exception>(unconfigured.InitializeAsync);

        Assert.Contains("DataProtection__CertificatePath", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_Responses_CarryNoServerHeader()
    {
        await using var kestrel = new ProductionKestrelFactory();
        await kestrel.InitializeAsync();
        var address = kestrel.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        using var proxied = new HttpRequestMessage(HttpMethod.Get, new Uri("/health", UriKind.Relative));
        proxied.Headers.Add("X-Forwarded-Proto", "https");

        var redirected = await http.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var served = await http.SendAsync(proxied);

        Assert.Equal(HttpStatusCode.PermanentRedirect, redirected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.False(redirected.Headers.Contains("Server"));
        Assert.False(served.Headers.Contains("Server"));
    }

    private static bool EndpointCatalogueSentToSignIn(HttpResponseMessage response) => Hardening.EndpointCatalogue.IsSentToSignIn(response);
}
