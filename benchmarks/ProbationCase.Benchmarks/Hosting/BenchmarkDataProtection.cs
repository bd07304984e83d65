using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ProbationCase.Benchmarks.Hosting;

/// <summary>
/// The app refuses to start in Production without a certificate for its data-protection keys. benchmarks/load/run.sh
/// supplies the harness's own (DataProtection__CertificatePath); a benchmark tool started by hand, which protects no
/// cookie anyone keeps, gets a throwaway one, deleted when the process ends.
/// </summary>
public static class BenchmarkDataProtection
{
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> Throwaway = new(CreateThrowaway);

    /// <summary>The settings to add: none when the environment already names a certificate.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Settings() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DataProtection__CertificatePath")) ? Throwaway.Value : [];

    private static IReadOnlyList<KeyValuePair<string, string>> CreateThrowaway()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ProbationCase benchmark (throwaway)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(Path.GetTempPath(), $"probationcase-benchmark-{Environment.ProcessId}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return
        [
            new("DataProtection:CertificatePath", path),
            new("DataProtection:CertificatePassword", password),
        ];
    }
}
