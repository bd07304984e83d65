using System.Globalization;
using Npgsql;
using ProbationCase.Benchmarks.National;

namespace ProbationCase.Benchmarks.Hosting;

/// <summary>
/// The benchmark's own databases (pc_bench by default): named with "bench" so that dropping one can never
/// take a working database, and a row saying what was generated in each.
/// </summary>
public static class BenchmarkDatabase
{
    public const string DefaultName = "pc_bench";

    private const string LocalDefault = "Host=localhost;Port=5432;Username=probationcase;Password=probationcase";

    /// <summary>ConnectionStrings__ProbationCase (or the local default) with the database swapped for <paramref name="database"/>.</summary>
    public static string ConnectionString(string database)
    {
        if (!database.Contains("bench", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Benchmark databases are dropped and rebuilt, so the name must contain 'bench' (got '{database}').");
        }

        return new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("ConnectionStrings__ProbationCase") ?? LocalDefault)
        {
            Database = database,
            // The load runs long statements (index builds, VACUUM) and many connections' worth of COPY.
            CommandTimeout = 0,
        }.ConnectionString;
    }

    public static async Task RecreateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database!;
        if (!database.Contains("bench", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Refusing to drop '{database}': not a benchmark database.");
        }

        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", $"CREATE DATABASE \"{database}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // Pooled connections to the old database were ended by the drop; none may be handed out again.
        NpgsqlConnection.ClearAllPools();
    }

    public static async Task RecordAsync(NpgsqlConnection connection, GenerationReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var command = new NpgsqlCommand(
            """
            CREATE TABLE IF NOT EXISTS benchmark_dataset (
                generated_at timestamptz NOT NULL, scale double precision NOT NULL, seed integer NOT NULL, as_of timestamptz NOT NULL,
                teams integer NOT NULL, people bigint NOT NULL, contacts bigint NOT NULL, rows bigint NOT NULL,
                generate_seconds double precision NOT NULL, index_seconds double precision NOT NULL,
                vacuum_seconds double precision NOT NULL, total_seconds double precision NOT NULL);
            INSERT INTO benchmark_dataset VALUES (now(), @scale, @seed, @asOf, @teams, @people, @contacts, @rows, @generate, @indexes, @vacuum, @total);
            """, connection);
        command.Parameters.AddWithValue("scale", report.Scale);
        command.Parameters.AddWithValue("seed", report.Seed);
        command.Parameters.AddWithValue("asOf", report.Now);
        command.Parameters.AddWithValue("teams", report.Teams);
        command.Parameters.AddWithValue("people", report.People);
        command.Parameters.AddWithValue("contacts", report.Contacts);
        command.Parameters.AddWithValue("rows", report.Rows);
        command.Parameters.AddWithValue("generate", report.Generate.TotalSeconds);
        command.Parameters.AddWithValue("indexes", report.Indexes.TotalSeconds);
        command.Parameters.AddWithValue("vacuum", report.Vacuum.TotalSeconds);
        command.Parameters.AddWithValue("total", report.Total.TotalSeconds);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The last generation recorded in the database, as one line for reports.</summary>
    public static async Task<string?> DescribeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT scale, seed, as_of, teams, people, contacts, rows, generate_seconds, index_seconds, vacuum_seconds, total_seconds, generated_at FROM benchmark_dataset ORDER BY generated_at DESC LIMIT 1",
            connection);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"scale {reader.GetDouble(0)}, seed {reader.GetInt32(1)}, as of {reader.GetFieldValue<DateTimeOffset>(2):yyyy-MM-dd}: {reader.GetInt32(3):N0} teams, {reader.GetInt64(4):N0} people, {reader.GetInt64(5):N0} contacts, {reader.GetInt64(6):N0} rows; generated {reader.GetFieldValue<DateTimeOffset>(11):yyyy-MM-dd HH:mm} UTC in {reader.GetDouble(10):F0} s ({reader.GetDouble(7):F0} s generating and copying, {reader.GetDouble(8):F0} s indexes and keys, {reader.GetDouble(9):F0} s VACUUM ANALYZE)");
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }
}
