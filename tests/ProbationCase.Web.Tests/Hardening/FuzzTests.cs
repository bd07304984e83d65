using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Npgsql;
using ProbationCase.Web.Tests.Support;
using Xunit.Abstractions;

namespace ProbationCase.Web.Tests.Hardening;

/// <summary>
/// Every POST handler, discovered from the endpoint data source, gets generated bad input from every role
/// with a valid antiforgery token: missing fields, wrong types, overlong text, control characters, overflowing
/// and boundary numbers, unknown enum values, impossible dates, malformed and foreign ids. No response is a
/// 500, and a 4xx writes no row (audit trail included) in any table.
/// </summary>
public sealed class FuzzTests(ProbationCaseWebFactory factory, ITestOutputHelper output) : DatabaseTest(factory)
{
    private const int MaxDepth = 3;

    /// <summary>Bad-input cases: each gives every field of the form a value from this generator.</summary>
    private static readonly (string Name, Func<string, Type, string?> Value)[] Cases =
    [
        ("missing fields", (_, _) => null),
        ("wrong types", (_, _) => "abc"),
        ("overlong text", (_, _) => new string('x', 20_001)),
        ("control characters", (_, _) => "a\u0000b\u001bc"),
        ("overflowing numbers", (_, _) => "99999999999999999999"),
        ("boundary numbers", (_, _) => "-2147483648"),
        ("unknown enum values", (_, type) => Leaf(type).IsEnum ? "9999" : "NoSuchValue"),
        ("impossible dates", (name, _) => name.EndsWith(".Day", StringComparison.Ordinal) ? "31" : name.EndsWith(".Month", StringComparison.Ordinal) ? "2" : name.EndsWith(".Year", StringComparison.Ordinal) ? "99999" : "0"),
        ("malformed ids", (_, type) => Leaf(type) == typeof(Guid) ? "not-a-guid" : "-1"),
        ("foreign ids", (_, type) => Leaf(type) == typeof(Guid) ? Guid.NewGuid().ToString() : "1"),
    ];

    // Signing out ends the client's session; a failed sign-in rightly records the failed attempt (lockout).
    private static readonly string[] NoRowCheck = ["Account/SignIn"];
    private static readonly string[] Skipped = ["Account/SignOut"];

    [Fact]
    public async Task EveryPostHandler_BadInputAsEveryRole_NoServerErrorAndNothingWrittenOn4xx()
    {
        var world = await InScopeAsync(CaseWorld.CreateAsync);
        var pages = await EndpointCatalogue.PagesAsync(Factory.Services);
        var tokenPages = new Dictionary<string, string>
        {
            ["ro@probation.test"] = world.Url("Cases/{personId}/Contacts/Book"),
            ["spo@probation.test"] = world.Url("Spo/Allocations/{personId}"),
            ["court@probation.test"] = "/Court/Reports/New",
            ["admin@probation.test"] = "/Admin/Interventions/New",
        };
        var snapshot = await SnapshotSqlAsync();
        var failures = new StringBuilder();
        var handlers = 0;
        var requests = 0;
        foreach (var (email, tokenPage) in tokenPages)
        {
            var client = await SignedInClientAsync(email);
            var token = await AuthorisationMatrixTests.TokenAsync(client, tokenPage);
            foreach (var page in pages.Where(p => !Skipped.Contains(p.ViewEnginePath.TrimStart('/')) && !p.Template.StartsWith("Errors", StringComparison.Ordinal)))
            {
                foreach (var handler in page.Page.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
                {
                    handlers++;
                    var fields = FieldsOf(page.Page.BoundProperties, handler.Parameters);
                    var url = world.Url(page.Template) + (handler.Name is { } name ? $"?handler={name}" : string.Empty);
                    foreach (var (caseName, value) in Cases)
                    {
                        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
                        form.AddRange(fields.Select(f => (f.Name, Value: value(f.Name, f.Type))).Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!)));
                        var before = await SnapshotAsync(snapshot);
                        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(form));
                        requests++;
                        var status = (int)response.StatusCode;
                        if (status >= 500)
                        {
                            failures.AppendLine($"{status} {email} {url} ({caseName})");
                        }
                        else if (status is >= 400 and < 500 && !NoRowCheck.Contains(page.ViewEnginePath.TrimStart('/')))
                        {
                            var after = await SnapshotAsync(snapshot);
                            var changed = after.Where(table => !before.TryGetValue(table.Key, out var was) || was != table.Value).Select(table => table.Key).ToList();
                            if (changed.Count > 0)
                            {
                                failures.AppendLine($"{status} {email} {url} ({caseName}) wrote to {string.Join(", ", changed)}");
                            }
                        }
                    }
                }
            }
        }

        output.WriteLine($"{handlers / tokenPages.Count} POST handlers × {Cases.Length} cases × {tokenPages.Count} roles = {requests} requests");
        Assert.True(handlers / tokenPages.Count > 25, $"only {handlers / tokenPages.Count} handlers found");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static Type Leaf(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static List<(string Name, Type Type)> FieldsOf(IEnumerable<ParameterDescriptor> bound, IEnumerable<Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.HandlerParameterDescriptor> parameters)
    {
        var fields = new List<(string, Type)>();
        foreach (var property in bound)
        {
            Expand(property.BindingInfo?.BinderModelName ?? property.Name, property.ParameterType, fields, 0);
        }

        foreach (var parameter in parameters.Where(p => p.ParameterType != typeof(CancellationToken)))
        {
            Expand(parameter.BindingInfo?.BinderModelName ?? parameter.Name, parameter.ParameterType, fields, 0);
        }

        return fields;
    }

    private static void Expand(string name, Type type, List<(string, Type)> fields, int depth)
    {
        var leaf = Leaf(type);
        if (leaf.IsPrimitive || leaf.IsEnum || leaf == typeof(string) || leaf == typeof(Guid) || leaf == typeof(decimal) || leaf == typeof(DateOnly) || depth >= MaxDepth)
        {
            fields.Add((name, type));
            return;
        }

        if (leaf.IsGenericType && leaf.GetGenericArguments() is [var item] && typeof(System.Collections.IEnumerable).IsAssignableFrom(leaf))
        {
            Expand($"{name}[0]", item, fields, depth + 1);
            return;
        }

        foreach (var property in leaf.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            Expand($"{name}.{property.Name}", property.PropertyType, fields, depth + 1);
        }
    }

    /// <summary>One query giving each table's row count and newest row version (xmin): any insert, update or delete changes it.</summary>
    private async Task<string> SnapshotSqlAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' " +
            "AND table_name NOT IN ('__ef_migrations_history', 'data_protection_keys') ORDER BY table_name", connection);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("audit_entries", tables);
        return string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', count(*)::bigint, coalesce(max(xmin::text::bigint), 0) FROM \"{t}\""));
    }

    private async Task<Dictionary<string, (long Rows, long Version)>> SnapshotAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var result = new Dictionary<string, (long, long)>();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        }

        return result;
    }
}
