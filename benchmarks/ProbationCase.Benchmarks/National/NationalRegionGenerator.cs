using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Benchmarks.Hosting;
using ProbationCase.Benchmarks.Loading;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Seeding;

namespace ProbationCase.Benchmarks.National;

/// <summary>What a generation run made and how long it took.</summary>
public sealed record GenerationReport(double Scale, int Seed, DateTimeOffset Now, int Teams, long People, long Contacts, long Rows, int Reports, TimeSpan Generate, TimeSpan Indexes, TimeSpan Vacuum, TimeSpan Total);

/// <summary>
/// Builds a national region in its own database: migrates it with the app's own initialiser, takes the
/// app's indexes and keys off, writes the teams in parallel (each worker generating a team's aggregates
/// and copying them in by binary COPY on its own connection), renumbers any CRN two teams both drew,
/// builds the indexes and keys back and runs VACUUM ANALYZE.
/// </summary>
public sealed class NationalRegionGenerator(string connectionString, NationalRegion region, int workers, Action<string> progress)
{
    public async Task<GenerationReport> GenerateAsync(CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        await BenchmarkDatabase.RecreateAsync(connectionString, cancellationToken);
        await using var host = AppServices.Create(connectionString);
        IReadOnlyDictionary<string, Guid> roleIds;
        string passwordHash;
        ModelRowWriter writer;
        CaseRules rules;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);
            var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
            roleIds = await db.Roles.ToDictionaryAsync(role => role.Name!, role => role.Id, cancellationToken);
            passwordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>().HashPassword(new ApplicationUser(), NationalRegion.LoadTestPassword);
            writer = new ModelRowWriter(db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model);
            // The policy the app is configured with and the bank holidays it reads, as its own summary upkeep uses them.
            rules = new CaseRules(
                scope.ServiceProvider.GetRequiredService<TimelinessPolicy>(),
                await db.BankHolidays.Select(holiday => holiday.Date).ToListAsync(cancellationToken),
                region.Now);
        }

        progress($"Database migrated; generating {region.Teams} teams as of {region.Now:u} (seed {region.Seed}, {workers} workers)");
        await using var admin = new NpgsqlConnection(connectionString);
        await admin.OpenAsync(cancellationToken);
        var loadedTables = writer.TableNames.Where(table => table is not ("__ef_migrations_history" or "bank_holidays" or "asp_net_roles")).ToList();
        var indexes = await BulkLoadIndexes.DropAsync(admin, loadedTables);
        progress($"{indexes.Count} indexes and keys dropped for the load");

        var catalogue = DemoRegionSeeder.Catalogue().ToList();
        var catalogueRows = writer.NewRowSet();
        catalogueRows.AddRange(catalogue);
        await catalogueRows.CopyAsync(admin, cancellationToken);

        var generate = Stopwatch.StartNew();
        var tally = new Tally();
        var teams = Channel.CreateUnbounded<int>();
        for (var t = 0; t < region.Teams; t++)
        {
            teams.Writer.TryWrite(t);
        }

        teams.Writer.Complete();
        var generator = new TeamGenerator(region, roleIds, passwordHash, catalogue, rules);
        using var ticker = new Timer(_ => progress(tally.Describe(region.Teams, generate.Elapsed)), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var settings = new NpgsqlCommand("SET synchronous_commit = off", connection))
            {
                await settings.ExecuteNonQueryAsync(cancellationToken);
            }

            await foreach (var team in teams.Reader.ReadAllAsync(cancellationToken))
            {
                var started = Stopwatch.GetTimestamp();
                var made = generator.Generate(team);
                var rows = writer.NewRowSet();
                rows.AddRange(made.Roots);
                var generated = Stopwatch.GetTimestamp();
                await rows.CopyAsync(connection, cancellationToken);
                tally.Add(made.Cases.Count, made.Cases.Sum(demo => demo.Contacts.Count), rows.RowCount, made.Reports, Stopwatch.GetElapsedTime(started, generated), Stopwatch.GetElapsedTime(generated));
            }
        }, cancellationToken)));
        generate.Stop();
        await ticker.DisposeAsync();
        progress(tally.Describe(region.Teams, generate.Elapsed));

        var renumbered = await RenumberClashingCrnsAsync(admin, cancellationToken);
        progress($"{renumbered} row(s) renumbered where two teams drew the same CRN (people and their summaries)");

        var indexTime = Stopwatch.StartNew();
        progress("Building indexes and keys");
        await indexes.RestoreAsync(connectionString, progress);
        indexTime.Stop();
        progress($"Indexes and keys built in {indexTime.Elapsed.TotalSeconds:F0} s");

        var vacuum = Stopwatch.StartNew();
        await using (var command = new NpgsqlCommand("VACUUM (ANALYZE)", admin) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        vacuum.Stop();
        progress($"VACUUM ANALYZE in {vacuum.Elapsed.TotalSeconds:F0} s");
        total.Stop();
        var report = new GenerationReport(region.Scale, region.Seed, region.Now, region.Teams, tally.People, tally.Contacts, tally.Rows, tally.Reports, generate.Elapsed, indexTime.Elapsed, vacuum.Elapsed, total.Elapsed);
        await BenchmarkDatabase.RecordAsync(admin, report, cancellationToken);
        return report;
    }

    /// <summary>Teams draw CRNs independently; where two drew the same, the later team's person gets an unused one (and its summary, which repeats the CRN).</summary>
    private static async Task<int> RenumberClashingCrnsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            WITH ranked AS (
                SELECT p.id, p.crn, row_number() OVER (PARTITION BY p.crn ORDER BY t.name, p.last_name, p.first_name, p.date_of_birth, p.id) AS k
                FROM people p LEFT JOIN teams t ON t.id = p.team_id),
            clashes AS (SELECT id, row_number() OVER (ORDER BY crn, k) AS n FROM ranked WHERE k > 1),
            unused AS (
                SELECT c.crn, row_number() OVER (ORDER BY c.crn DESC) AS n
                FROM (SELECT 'Z' || lpad(s::text, 6, '0') AS crn FROM generate_series(0, 999999) s) c
                WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.crn = c.crn))
            UPDATE people p SET crn = unused.crn
            FROM clashes JOIN unused ON unused.n = clashes.n
            WHERE p.id = clashes.id;
            UPDATE case_summaries s SET crn = p.crn FROM people p WHERE p.id = s.person_id AND s.crn <> p.crn;
            """, connection) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Tally
    {
        private long _people;
        private long _contacts;
        private long _rows;
        private int _teams;
        private int _reports;
        private long _generatingTicks;
        private long _copyingTicks;

        public long People => Interlocked.Read(ref _people);

        public long Contacts => Interlocked.Read(ref _contacts);

        public long Rows => Interlocked.Read(ref _rows);

        public int Reports => _reports;

        public void Add(int people, int contacts, long rows, int reports, TimeSpan generating, TimeSpan copying)
        {
            Interlocked.Add(ref _generatingTicks, generating.Ticks);
            Interlocked.Add(ref _copyingTicks, copying.Ticks);
            Interlocked.Add(ref _people, people);
            Interlocked.Add(ref _contacts, contacts);
            Interlocked.Add(ref _rows, rows);
            Interlocked.Add(ref _reports, reports);
            Interlocked.Increment(ref _teams);
        }

        public string Describe(int teams, TimeSpan elapsed)
        {
            var done = Volatile.Read(ref _teams);
            var eta = done == 0 ? "?" : TimeSpan.FromSeconds(elapsed.TotalSeconds / done * (teams - done)).ToString(@"mm\:ss", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture,
                $"{done}/{teams} teams, {People:N0} people, {Contacts:N0} contacts, {Rows:N0} rows in {elapsed.TotalSeconds:F0} s ({Rows / Math.Max(1, elapsed.TotalSeconds):N0} rows/s; workers spent {TimeSpan.FromTicks(Interlocked.Read(ref _generatingTicks)).TotalSeconds:F0} s generating, {TimeSpan.FromTicks(Interlocked.Read(ref _copyingTicks)).TotalSeconds:F0} s copying), about {eta} to go");
        }
    }
}
