using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ProbationCase.Web.Tests.Faults;

/// <summary>
/// The real app pointed at a port where nothing listens (connections refused at once), as if PostgreSQL were stopped.
/// Outside Development, so the exception handler is in place too: the 503 must come before it turns into a 500.
/// </summary>
public sealed class UnreachableDatabaseFactory : WebApplicationFactory<Program>
{
    public const string UnreachableConnectionString =
        "Host=127.0.0.1;Port=1;Database=probationcase_unreachable;Username=probationcase;Password=probationcase";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("ConnectionStrings:ProbationCase", UnreachableConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("CaseSummaries:RebuildOnStartup", "false");
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
    });
}
