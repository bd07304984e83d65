using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace ProbationCase.Web;

/// <summary>
/// How the app runs in Production behind a TLS-terminating proxy: forwarded headers from known proxies,
/// HTTPS redirection and HSTS, no <c>Server</c> header, and data-protection keys encrypted with a
/// certificate. Each setting is in the README's Production section.
/// </summary>
public static class ProductionHosting
{
    public const string HostingSection = "Hosting";
    public const string DataProtectionSection = "DataProtection";

    public static void AddProductionHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var hosting = builder.Configuration.GetSection(HostingSection).Get<HostingSettings>() ?? new HostingSettings();

        // The Server header tells an attacker what to try; Kestrel never sends it, in any environment.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the named proxies are believed (loopback is trusted by default); anyone else's X-Forwarded-* is ignored.
            foreach (var proxy in hosting.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in hosting.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(hosting.HstsMaxAgeDays);
            options.IncludeSubDomains = hosting.HstsIncludeSubDomains;
        });
        builder.Services.AddHttpsRedirection(options =>
        {
            // Behind a proxy Kestrel listens on plain HTTP and cannot discover the public HTTPS port.
            options.HttpsPort = hosting.HttpsPort;
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });

        ProtectKeysWithCertificate(builder);
    }

    /// <summary>First in the pipeline: the scheme and client address a proxy reports, before anything reads them.</summary>
    public static void UseForwardedProxyHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsProduction())
        {
            app.UseForwardedHeaders();
        }
    }

    /// <summary>After the exception handler: HSTS on HTTPS answers, and plain HTTP sent to HTTPS.</summary>
    public static void UseHttpsOnly(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
    }

    /// <summary>
    /// Data-protection keys (sign-in and antiforgery cookies) are kept in PostgreSQL; with a certificate configured
    /// they are encrypted at rest. Production refuses to start without one.
    /// </summary>
    private static void ProtectKeysWithCertificate(WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(DataProtectionSection).Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            if (builder.Environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "In Production the data-protection keys must be encrypted: set DataProtection__CertificatePath to a PFX file "
                    + "(and DataProtection__CertificatePassword), or to a PEM certificate with DataProtection__CertificateKeyPath for its private key.");
            }

            return;
        }

        builder.Services.AddDataProtection().ProtectKeysWithCertificate(settings.LoadCertificate());
    }
}

/// <summary>The "Hosting" section: the proxy in front of the app, and HSTS.</summary>
public sealed class HostingSettings
{
    /// <summary>Addresses of the TLS-terminating proxies whose X-Forwarded-For/Proto are believed (loopback always is).</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8) of such proxies.</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];

    /// <summary>The public HTTPS port that plain HTTP is redirected to.</summary>
    public int HttpsPort { get; init; } = 443;

    /// <summary>How long browsers remember to use HTTPS only (the HSTS max-age).</summary>
    public int HstsMaxAgeDays { get; init; } = 365;

    public bool HstsIncludeSubDomains { get; init; } = true;
}

/// <summary>The "DataProtection" section: the certificate that encrypts the keys at rest.</summary>
public sealed class DataProtectionSettings
{
    /// <summary>A PFX (PKCS#12) file, or a PEM certificate when <see cref="CertificateKeyPath"/> is set.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>The PFX's password.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>The PEM private key of a PEM certificate.</summary>
    public string? CertificateKeyPath { get; init; }

    public X509Certificate2 LoadCertificate()
    {
        var certificate = string.IsNullOrWhiteSpace(CertificateKeyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(CertificatePath!, CertificatePassword)
            : X509Certificate2.CreateFromPemFile(CertificatePath!, CertificateKeyPath);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException("The data-protection certificate has no private key, so the keys it encrypts could never be read.");
        }

        return certificate;
    }
}
