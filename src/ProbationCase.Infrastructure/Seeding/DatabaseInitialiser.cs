using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.Seeding;

/// <summary>Brings a database up to date: migrations, roles and, outside Production, the demo data.</summary>
public sealed partial class DatabaseInitialiser(
    ProbationCaseDbContext db,
    DemoUserSeeder demoUsers,
    ReferenceDataSeeder referenceData,
    DemoRegionSeeder demoRegion,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DatabaseInitialiser> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await demoUsers.EnsureRolesAsync();
        await referenceData.EnsureAsync(cancellationToken);
        LogMigrated(logger);
    }

    public async Task SeedDemoDataAsync()
    {
        await demoUsers.EnsureRolesAsync();
        await referenceData.EnsureAsync();
        await demoUsers.SeedAsync();
        LogSeeded(logger);

        // The web test fixture calls this before every test to put the sign-ins back, so the region
        // (hundreds of cases) is off by default in the Test environment; DemoRegion:Seed overrides.
        if (configuration.GetValue("DemoRegion:Seed", !environment.IsEnvironment("Test")))
        {
            await demoRegion.SeedAsync(DemoRegionSize.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated and roles in place")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo users seeded")]
    private static partial void LogSeeded(ILogger logger);
}
