using Npgsql;

namespace ProbationCase.Web.Tests.Support;

/// <summary>
/// The real PostgreSQL database a test project uses. scripts/test exports the connection string;
/// each test project gets its own database beside it so projects can run at the same time.
/// </summary>
public static class TestDatabase
{
    private const string Fallback = "Host=localhost;Database=probationcase_test;Username=probationcase;Password=probationcase";

    public static async Task<string> EnsureAsync(string suffix)
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__ProbationCase") ?? Fallback;
        var builder = new NpgsqlConnectionStringBuilder(configured);
        builder.Database = $"{builder.Database}_{suffix}";

        var maintenance = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", builder.Database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            // Identifier cannot be a parameter; the name is built from our own constants above.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{builder.Database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return builder.ConnectionString;
    }
}
