using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Infrastructure.Seeding;
using Respawn;

namespace ProbationCase.Web.Tests.Support;

/// <summary>
/// The real app over a real PostgreSQL database, migrated once and reset by Respawn before each test.
/// </summary>
public class ProbationCaseWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private Respawner? _respawner;

    protected virtual string DatabaseSuffix => "web";

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.EnsureAsync(DatabaseSuffix);
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history", "data_protection_keys", "asp_net_roles"],
        });
        await ResetAsync();
    }

    /// <summary>Empties every table, then puts back the demo users every test signs in as.</summary>
    public async Task ResetAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }

        await SeedAsync();
    }

    protected virtual async Task SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().SeedDemoUsersAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("ConnectionStrings:ProbationCase", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        // Tests reset the database between cases; a rebuild is started by the tests that need one.
        builder.UseSetting("CaseSummaries:RebuildOnStartup", "false");
    }

    /// <summary>A client over https (the cookies are Secure) that does not follow redirects.</summary>
    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
    });

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<ProbationCaseWebFactory>
{
    public const string Name = "web";
}
