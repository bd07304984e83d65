using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Infrastructure.Seeding;

namespace ProbationCase.Benchmarks;

/// <summary>What was generated, as recorded in the benchmark database.</summary>
public sealed record DatasetInfo(DateTimeOffset GeneratedAt, string Description, double SeedSeconds, double MultiplySeconds, bool GeneratedNow)
{
    public double TotalSeconds => SeedSeconds + MultiplySeconds;
}

/// <summary>
/// A region the size of a large probation delivery unit: 20 teams of 15 officers holding about 60
/// cases each (~18,000 people, ~700,000 contacts).
///
/// How: the app's DemoRegionSeeder writes a realistic base of 5 teams through the domain and EF
/// (every case a believable story: orders, requirements, contacts with outcomes, failures, warnings,
/// plans). Writing all of it that way would take far too long on a 2-core machine, so the base is
/// then copied <see cref="Copies"/> - 1 more times with set-based SQL, one INSERT ... SELECT per table:
/// every key and every foreign key to a copied row becomes md5(old id || ':' || copy)::uuid, so
/// relationships stay intact without lookup tables; each copy of a team gets its own name and its
/// own officers (so cases are reassigned to new officers), each copied person a new unique CRN.
/// Sign-ins, reference data, offices and interventions are shared, not copied; nor is the audit
/// trail, which none of the measured reads touch.
/// </summary>
public sealed class LargeRegionDataset(string connectionString)
{
    public const int Copies = 4;

    public static DemoRegionSize BaseRegion { get; } = new(Teams: 5, OfficersPerTeam: 15, MinCasesPerOfficer: 55, MaxCasesPerOfficer: 65, AwaitingAllocationInFirstTeam: 10);

    /// <summary>Tables copied, parents before children.</summary>
    private static readonly string[] CopiedTables =
    [
        "teams", "staff", "people", "case_access_entries", "case_allocations", "risk_history",
        "orders", "offences", "requirements", "contacts", "contact_outcome_corrections",
        "unacceptable_failures", "enforcement_warnings", "enforcement_decisions",
        "unpaid_work_sessions", "unpaid_work_stand_downs",
        "sentence_plans", "plan_reviews", "plan_objectives", "plan_review_triggers",
        "management_oversight", "oversight_actions", "case_audits", "case_audit_answers",
        "pre_sentence_reports", "psr_offences", "pre_sentence_checks", "sentence_proposals",
        "proposed_requirements", "proposed_rar_activities",
    ];

    /// <summary>Keys that point at copied rows, so take the copy's id.</summary>
    private static readonly HashSet<string> CopiedKeys =
    [
        "id", "team_id", "responsible_officer_id", "officer_id", "delivered_by_staff_id", "person_id", "order_id",
        "requirement_id", "contact_id", "failure_id", "sentence_plan_id", "review_id", "audit_id", "oversight_id",
        "report_id", "proposal_id",
    ];

    /// <summary>Keys that point at shared rows (sign-ins, offices, the interventions catalogue): kept as they are.</summary>
    private static readonly HashSet<string> SharedKeys =
    [
        "office_id", "staff_user_id", "user_id", "intervention_id", "author_id", "auditor_id", "owner_id",
    ];

    /// <summary>The tables whose sizes the report gives.</summary>
    public static IReadOnlyList<string> ReportedTables { get; } =
    [
        "teams", "staff", "people", "orders", "requirements", "contacts", "unacceptable_failures",
        "enforcement_warnings", "enforcement_decisions", "unpaid_work_sessions", "sentence_plans", "risk_history", "audit_entries",
    ];

    /// <summary>Generates the dataset unless it is already there (or <paramref name="regenerate"/> says start again).</summary>
    public async Task<DatasetInfo> EnsureAsync(bool regenerate, CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(regenerate, cancellationToken);
        if (await ExistingAsync(cancellationToken) is { } existing)
        {
            Console.WriteLine($"==> Dataset already generated {existing.GeneratedAt:u} ({existing.Description}); --regenerate to rebuild it");
            return existing;
        }

        Console.WriteLine($"==> Seeding the base region through the domain: {BaseRegion.Teams} teams x {BaseRegion.OfficersPerTeam} officers x {BaseRegion.MinCasesPerOfficer}-{BaseRegion.MaxCasesPerOfficer} cases");
        var stopwatch = Stopwatch.StartNew();
        await using (var host = BenchmarkHost.Create(connectionString))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var initialiser = scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>();
            await initialiser.MigrateAsync(cancellationToken);
            await initialiser.SeedDemoUsersAsync();
            await scope.ServiceProvider.GetRequiredService<DemoRegionSeeder>().SeedAsync(BaseRegion, cancellationToken);
        }

        var seedSeconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"    seeded in {seedSeconds:F0} s");

        Console.WriteLine($"==> Copying the base region {Copies - 1} more times with INSERT ... SELECT");
        stopwatch.Restart();
        await MultiplyAsync(cancellationToken);
        var multiplySeconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"    copied and analysed in {multiplySeconds:F0} s");

        var description = $"{BaseRegion.Teams * Copies} teams x {BaseRegion.OfficersPerTeam} officers x {BaseRegion.MinCasesPerOfficer}-{BaseRegion.MaxCasesPerOfficer} cases "
            + $"({BaseRegion.Teams} seeded through the domain, copied {Copies} times in SQL)";
        await using (var connection = await OpenAsync(connectionString, cancellationToken))
        {
            await using var marker = new NpgsqlCommand(
                "INSERT INTO benchmark_dataset (generated_at, description, seed_seconds, multiply_seconds) VALUES (now(), @description, @seed, @multiply)", connection);
            marker.Parameters.AddWithValue("description", description);
            marker.Parameters.AddWithValue("seed", seedSeconds);
            marker.Parameters.AddWithValue("multiply", multiplySeconds);
            await marker.ExecuteNonQueryAsync(cancellationToken);
        }

        return await ExistingAsync(cancellationToken) is { } generated
            ? generated with { GeneratedNow = true }
            : throw new InvalidOperationException("The dataset marker was not written.");
    }

    public async Task<IReadOnlyList<(string Table, long Rows)>> RowCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        var counts = new List<(string, long)>();
        foreach (var table in ReportedTables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts.Add((table, (long)(await command.ExecuteScalarAsync(cancellationToken))!));
        }

        return counts;
    }

    private async Task EnsureDatabaseAsync(bool regenerate, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        if (!database.Contains("bench", StringComparison.OrdinalIgnoreCase))
        {
            // --regenerate drops the database: refuse anything that is not plainly a benchmark database.
            throw new InvalidOperationException($"The benchmark database must have 'bench' in its name; '{database}' does not.");
        }

        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = await OpenAsync(maintenance.ConnectionString, cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        var found = await exists.ExecuteScalarAsync(cancellationToken) is not null;
        var complete = found && await ExistingAsync(cancellationToken) is not null;
        if (found && (regenerate || !complete))
        {
            Console.WriteLine($"==> Dropping {database} ({(regenerate ? "--regenerate" : "an earlier generation did not finish")})");
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(connection, $"DROP DATABASE \"{database}\" WITH (FORCE)", cancellationToken);
            found = false;
        }

        if (!found)
        {
            Console.WriteLine($"==> Creating database {database}");
            await ExecuteAsync(connection, $"CREATE DATABASE \"{database}\"", cancellationToken);
        }
    }

    private async Task<DatasetInfo?> ExistingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS benchmark_dataset (
                generated_at timestamptz NOT NULL,
                description text NOT NULL,
                seed_seconds double precision NOT NULL,
                multiply_seconds double precision NOT NULL)
            """, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT generated_at, description, seed_seconds, multiply_seconds FROM benchmark_dataset ORDER BY generated_at DESC LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DatasetInfo(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3), GeneratedNow: false)
            : null;
    }

    private async Task MultiplyAsync(CancellationToken cancellationToken)
    {
        var extra = Copies - 1;
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // New CRNs: one letter and six digits, walked through with a stride coprime to 10^6 so
            // none repeats, skipping any the seeded people already hold.
            await ExecuteAsync(connection, $"""
                CREATE TEMP TABLE copy_crn ON COMMIT DROP AS
                WITH wanted AS (
                    SELECT p.id AS person_id, copy.k, row_number() OVER (ORDER BY copy.k, p.crn) AS n
                    FROM people p CROSS JOIN generate_series(1, {extra}) AS copy(k)),
                candidates AS (
                    SELECT c.crn, row_number() OVER (ORDER BY c.x) AS n
                    FROM (SELECT x, chr(65 + (x % 26)::int) || lpad(((x / 26) * 7919 % 1000000)::text, 6, '0') AS crn
                          FROM generate_series(0, (SELECT count(*) * {extra} * 2 FROM people)) AS x) c
                    WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.crn = c.crn))
                SELECT w.person_id, w.k, c.crn FROM wanted w JOIN candidates c USING (n)
                """, cancellationToken);

            foreach (var table in CopiedTables)
            {
                var sql = await CopySqlAsync(connection, table, extra, cancellationToken);
                var stopwatch = Stopwatch.StartNew();
                await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
                var rows = await command.ExecuteNonQueryAsync(cancellationToken);
                if (rows > 0)
                {
                    Console.WriteLine($"    {table,-28} +{rows,9:N0} rows in {stopwatch.Elapsed.TotalSeconds,5:F1} s");
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // Fresh statistics and visibility map, as a long-lived database would have.
        await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>INSERT ... SELECT of every base row once per extra copy, with the copy's ids.</summary>
    private static async Task<string> CopySqlAsync(NpgsqlConnection connection, string table, int extra, CancellationToken cancellationToken)
    {
        var columns = new List<(string Name, string Type)>();
        await using (var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table ORDER BY ordinal_position", connection))
        {
            command.Parameters.AddWithValue("table", table);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (columns.Count == 0)
        {
            throw new InvalidOperationException($"Table {table} not found: update LargeRegionDataset.CopiedTables to the schema.");
        }

        var values = columns.Select(column => (table, column.Name) switch
        {
            ("people", "crn") => "m.crn",
            ("teams", "name") => "src.name || ' ' || (copy.k + 1)",
            _ when column.Type == "uuid" && CopiedKeys.Contains(column.Name) => $"md5(src.\"{column.Name}\"::text || ':' || copy.k)::uuid",
            _ when column.Type == "uuid" && column.Name.EndsWith("_id", StringComparison.Ordinal) && !SharedKeys.Contains(column.Name) =>
                throw new InvalidOperationException($"{table}.{column.Name} is a key the copier does not know: add it to CopiedKeys or SharedKeys."),
            _ => $"src.\"{column.Name}\"",
        });

        var sql = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(column => $"\"{column.Name}\""))})\n")
            .Append(CultureInfo.InvariantCulture, $"SELECT {string.Join(", ", values)}\n")
            .Append(CultureInfo.InvariantCulture, $"FROM \"{table}\" src CROSS JOIN generate_series(1, {extra}) AS copy(k)");
        if (table == "people")
        {
            sql.Append("\nJOIN copy_crn m ON m.person_id = src.id AND m.k = copy.k");
        }

        return sql.ToString();
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
