using Microsoft.EntityFrameworkCore;

namespace ProbationCase.Infrastructure.Persistence;

/// <summary>The one place the PostgreSQL provider is configured, for the app, the tests and the EF tools.</summary>
public static class ProbationCaseDatabase
{
    public const int ConnectTimeoutSeconds = 4;

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options
            .UseNpgsql(WithDriverSettings(connectionString), npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                // Reads retried once on a broken connection, writes never (why: ReadRetryExecutionStrategy).
                .ExecutionStrategy(dependencies => new ReadRetryExecutionStrategy(dependencies)))
            .UseSnakeCaseNamingConvention();
    }

    /// <summary>
    /// Driver settings that matter for this workload, unless the connection string already sets them:
    /// automatic preparation, so the list statements (sent on every page view, with the same text) are parsed and
    /// planned once per connection instead of each time (measured: My cases' statement spent ~9 ms of ~21 ms in parse and plan).
    /// <para>
    /// A connect timeout of <see cref="ConnectTimeoutSeconds"/> s instead of Npgsql's 15: with PostgreSQL down or
    /// unreachable a page answers "service unavailable" within a few seconds instead of holding the user (and a
    /// server thread) for 15. A refused connection fails at once anyway; this bounds a host that does not answer.
    /// It also bounds the wait for a free pooled connection (100 by default), far above the 50 users of the soak.
    /// </para>
    /// <para>
    /// JIT compilation off for the session: at national scale the planner's cost estimates for search and the court
    /// work list pass <c>jit_above_cost</c>, and compiling took 38–307 ms per execution against 1–60 ms of execution
    /// (search by name at scale 1, 2 clients: 9 transactions/s with JIT, 42 without; other lists unchanged).
    /// </para>
    /// </summary>
    public static string WithDriverSettings(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Timeout"))
        {
            builder.Timeout = ConnectTimeoutSeconds;
        }

        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    }
}
