using System.Diagnostics;
using Npgsql;

namespace ProbationCase.Benchmarks.Loading;

/// <summary>
/// Takes the app's own indexes and constraints (as its migrations made them) off the tables before a bulk
/// load and puts exactly the same definitions back afterwards: foreign keys, primary and unique keys, then
/// every other index, read from the catalogue (pg_get_constraintdef / pg_get_indexdef), so nothing here
/// restates an index. Loading into bare tables and building each index once is far faster than keeping
/// them up to date row by row.
/// </summary>
public sealed class BulkLoadIndexes
{
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys = [];
    private readonly List<(string Table, string Name, string Definition)> _keys = [];
    private readonly List<(string Name, string Definition)> _indexes = [];

    public int Count => _foreignKeys.Count + _keys.Count + _indexes.Count;

    /// <summary>Records the definitions on the given tables, then drops them.</summary>
    public static async Task<BulkLoadIndexes> DropAsync(NpgsqlConnection connection, IReadOnlyCollection<string> tables)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var dropped = new BulkLoadIndexes();
        await using (var command = new NpgsqlCommand(
            """
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype::text
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname = ANY(@tables) AND c.contype IN ('f', 'p', 'u')
            ORDER BY c.conname
            """, connection))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var entry = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                (reader.GetString(3) == "f" ? dropped._foreignKeys : dropped._keys).Add(entry);
            }
        }

        // Indexes of all the tables' constraints are rebuilt with the constraints; these are the rest.
        await using (var command = new NpgsqlCommand(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """, connection))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dropped._indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, name, _) in dropped._foreignKeys.Concat(dropped._keys))
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"");
        }

        foreach (var (name, _) in dropped._indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX {name}");
        }

        return dropped;
    }

    /// <summary>Builds everything back, keys first (foreign keys need them), two at a time.</summary>
    public async Task RestoreAsync(string connectionString, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var statements = _keys.Select(key => (key.Name, $"ALTER TABLE {key.Table} ADD CONSTRAINT \"{key.Name}\" {key.Definition}"))
            .Concat(_indexes.Select(index => (index.Name, index.Definition)))
            .ToList();
        await RunAsync(connectionString, statements, progress);
        await RunAsync(connectionString, _foreignKeys.Select(key => (key.Name, $"ALTER TABLE {key.Table} ADD CONSTRAINT \"{key.Name}\" {key.Definition}")).ToList(), progress);
    }

    private static async Task RunAsync(string connectionString, List<(string Name, string Sql)> statements, Action<string> progress)
    {
        var next = -1;
        var done = 0;
        async Task Worker()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'");
            int mine;
            while ((mine = Interlocked.Increment(ref next)) < statements.Count)
            {
                var stopwatch = Stopwatch.StartNew();
                await ExecuteAsync(connection, statements[mine].Sql);
                var finished = Interlocked.Increment(ref done);
                if (stopwatch.Elapsed > TimeSpan.FromSeconds(5))
                {
                    progress($"{statements[mine].Name} built in {stopwatch.Elapsed.TotalSeconds:F0} s ({finished}/{statements.Count})");
                }
            }
        }

        await Task.WhenAll(Worker(), Worker());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
