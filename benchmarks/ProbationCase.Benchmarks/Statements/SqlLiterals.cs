using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace ProbationCase.Benchmarks.Statements;

/// <summary>
/// A captured command with its parameters written into the SQL as typed literals, for pgbench (which cannot
/// bind EF's parameters). The statement PostgreSQL plans is the same shape; only the values are inline.
/// </summary>
public static partial class SqlLiterals
{
    public static string Inline(CapturedCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var byName = command.Parameters.ToDictionary(parameter => parameter.ParameterName.TrimStart('@', ':'), StringComparer.Ordinal);
        var sql = NamedParameter().Replace(command.Sql, match =>
            byName.TryGetValue(match.Groups[1].Value, out var parameter) ? Literal(parameter) : match.Value);
        return PositionalParameter().Replace(sql, match =>
        {
            var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
            return index < command.Parameters.Count ? Literal(command.Parameters[index]) : match.Value;
        });
    }

    private static string Literal(NpgsqlParameter parameter) => Literal(parameter.Value);

    private static string Literal(object? value) => value switch
    {
        null or DBNull => "NULL",
        string text => Quote(text),
        Guid id => $"'{id}'::uuid",
        bool flag => flag ? "TRUE" : "FALSE",
        DateTimeOffset at => $"'{at.UtcDateTime:yyyy-MM-dd HH:mm:ss.ffffff}+00'::timestamptz",
        DateTime at => $"'{at:yyyy-MM-dd HH:mm:ss.ffffff}'::{(at.Kind == DateTimeKind.Utc ? "timestamptz" : "timestamp")}",
        DateOnly date => $"'{date:yyyy-MM-dd}'::date",
        TimeOnly time => $"'{time:HH:mm:ss}'::time",
        int or long or short or decimal or double or float => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        Guid[] ids => $"ARRAY[{string.Join(", ", ids.Select(id => $"'{id}'"))}]::uuid[]",
        string[] texts => $"ARRAY[{string.Join(", ", texts.Select(Quote))}]::text[]",
        int[] numbers => $"ARRAY[{string.Join(", ", numbers)}]::integer[]",
        IEnumerable items => $"ARRAY[{string.Join(", ", items.Cast<object?>().Select(Literal))}]",
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"(?<![:@\w])@(\w+)")]
    private static partial Regex NamedParameter();

    [GeneratedRegex(@"\$(\d+)\b")]
    private static partial Regex PositionalParameter();
}
