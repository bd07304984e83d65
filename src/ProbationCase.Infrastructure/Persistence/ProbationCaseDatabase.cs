using Microsoft.EntityFrameworkCore;

namespace ProbationCase.Infrastructure.Persistence;

/// <summary>The one place the PostgreSQL provider is configured, for the app, the tests and the EF tools.</summary>
public static class ProbationCaseDatabase
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
    }
}
