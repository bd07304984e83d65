using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.Seeding;

/// <summary>Brings a database up to date: migrations, roles and, outside Production, the demo data.</summary>
public sealed partial class DatabaseInitialiser(
    ProbationCaseDbContext db,
    DemoUserSeeder demoUsers,
    ReferenceDataSeeder referenceData,
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
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated and roles in place")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo users seeded")]
    private static partial void LogSeeded(ILogger logger);
}
