using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.Seeding;

/// <summary>Brings a database up to date: migrations, roles and, outside Production, the demo data.</summary>
public sealed partial class DatabaseInitialiser(
    ProbationCaseDbContext db,
    DemoUserSeeder demoUsers,
    ReferenceDataSeeder referenceData,
    DemoRegionSeeder demoRegion,
    ILogger<DatabaseInitialiser> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await demoUsers.EnsureRolesAsync();
        await referenceData.EnsureAsync(cancellationToken);
        LogMigrated(logger);
    }

    /// <summary>Reference data and the four demo sign-ins; the web tests restore these before every test.</summary>
    public async Task SeedDemoUsersAsync()
    {
        await demoUsers.EnsureRolesAsync();
        await referenceData.EnsureAsync();
        await demoUsers.SeedAsync();
        LogSeeded(logger);
    }

    /// <summary>The demo sign-ins and the demo region (hundreds of cases), for scripts/run.</summary>
    public async Task SeedDemoDataAsync()
    {
        await SeedDemoUsersAsync();
        await demoRegion.SeedAsync(DemoRegionSize.Default);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated and roles in place")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo users seeded")]
    private static partial void LogSeeded(ILogger logger);
}
