using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web.Tests.Diagnostics;
using ProbationCase.Web.Tests.Support;
using Serilog.Core;

namespace ProbationCase.Web.Tests.Production;

/// <summary>
/// The app as it runs in Production: the Production environment, a TLS-terminating proxy at a configured address
/// in front of it, a certificate for its data-protection keys, a member of staff with a real sign-in, a demo
/// account that has found its way into the database, and one path that fails on purpose.
/// </summary>
public class ProductionWebFactory : ProbationCaseWebFactory
{
    public const string ProxyAddress = "10.20.30.40";
    public const string PeerHeader = "X-Test-Peer";
    public const string FailingPath = "/test-only/unexpected-failure";
    public const string PublicHost = "probationcase.example";
    public const string StaffEmail = "riya.osei@justice.example";
    public const string DemoEmail = "ro@probation.test";
    public const string Password = "Staff-Password-1!";

    private readonly string _certificateDirectory = Path.Combine(Path.GetTempPath(), $"probationcase-dp-{Guid.NewGuid():N}");
    private bool _keysCleared;

    public DiagnosticsWebFactory.CapturingSink Logs { get; } = new();

    protected override string DatabaseSuffix => "production";

    /// <summary>Whether the data-protection certificate is configured.</summary>
    protected virtual bool WithCertificate => true;

    /// <summary>Whether this host owns the stored keys (a second host beside the fixture leaves them alone).</summary>
    protected virtual bool ClearsStoredKeys => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Hosting:KnownProxies:0", ProxyAddress);
        builder.UseSetting("Hosting:HstsMaxAgeDays", "365");
        if (WithCertificate)
        {
            var (path, password) = WriteCertificate();
            builder.UseSetting("DataProtection:CertificatePath", path);
            builder.UseSetting("DataProtection:CertificatePassword", password);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<IStartupFilter, ProxyAndFailingPath>();
        });
    }

    /// <summary>A client for the public address over <paramref name="scheme"/>, not following redirects.</summary>
    public HttpClient ClientFor(string scheme) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri($"{scheme}://{PublicHost}"),
        HandleCookies = true,
    });

    /// <summary>No demo users are created in Production, so the sign-ins are made directly, as an operator's tooling would.</summary>
    protected override async Task SeedAsync()
    {
        if (ClearsStoredKeys && !_keysCleared)
        {
            // Keys a previous run encrypted with its own (now deleted) certificate could never be read.
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand("DELETE FROM data_protection_keys", connection);
            await delete.ExecuteNonQueryAsync();
            _keysCleared = true;
        }

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoUserSeeder>().EnsureRolesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var email in new[] { StaffEmail, DemoEmail })
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Riya Osei" };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, StaffRoles.ResponsibleOfficer));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_certificateDirectory))
        {
            Directory.Delete(_certificateDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>A self-signed certificate written as a password-protected PFX, as an operator would supply one.</summary>
    private (string Path, string Password) WriteCertificate()
    {
        Directory.CreateDirectory(_certificateDirectory);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ProbationCase data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(_certificateDirectory, "data-protection.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password);
    }

    /// <summary>
    /// Requests arrive from the proxy's address (or the one in <see cref="PeerHeader"/>, to play someone else);
    /// <see cref="FailingPath"/> throws after the app's own pipeline, so its exception handler answers.
    /// </summary>
    private sealed class ProxyAndFailingPath : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(
                    context.Request.Headers.TryGetValue(PeerHeader, out var peer) ? peer.ToString() : ProxyAddress);
                return nextMiddleware(context);
            });
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException("Something went wrong for X999999")
                : nextMiddleware(context));
        };
    }
}

/// <summary>Production without a data-protection certificate: start-up must refuse.</summary>
public sealed class ProductionWithoutCertificateFactory : ProductionWebFactory
{
    protected override bool WithCertificate => false;
}

/// <summary>The same app on a real Kestrel server (what sends or omits the Server header), beside the fixture.</summary>
public sealed class ProductionKestrelFactory : ProductionWebFactory
{
    public ProductionKestrelFactory() => UseKestrel(0);

    protected override bool ClearsStoredKeys => false;
}

[CollectionDefinition(Name)]
public sealed class ProductionCollection : ICollectionFixture<ProductionWebFactory>
{
    public const string Name = "production";
}
