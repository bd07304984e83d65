using System.Globalization;
using Npgsql;

namespace ProbationCase.Benchmarks;

/// <summary>
/// The command line: where the benchmark database is, whether to rebuild it and how long to measure.
/// The database is always its own (probationcase_bench by default), never the one scripts/run uses.
/// </summary>
public sealed record BenchmarkOptions(string ConnectionString, bool Regenerate, bool GenerateOnly, int Iterations, string ResultsDirectory)
{
    public const string DefaultDatabase = "probationcase_bench";

    private const string LocalDefault = "Host=localhost;Port=5432;Username=probationcase;Password=probationcase";

    public static BenchmarkOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? connection = null;
        var regenerate = false;
        var generateOnly = false;
        var iterations = 15;
        string? results = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--connection":
                    connection = ValueAfter(args, ref i);
                    break;
                case "--regenerate":
                    regenerate = true;
                    break;
                case "--generate-only":
                    generateOnly = true;
                    break;
                case "--iterations":
                    iterations = int.Parse(ValueAfter(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--results":
                    results = ValueAfter(args, ref i);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. Options: --connection <string> --regenerate --generate-only --iterations <n> --results <dir>");
            }
        }

        return new BenchmarkOptions(
            connection ?? FromEnvironment(),
            regenerate,
            generateOnly,
            Math.Max(3, iterations),
            results ?? Path.Combine(FindRepositoryRoot(), "benchmarks", "results"));
    }

    /// <summary>ConnectionStrings__ProbationCase with its database swapped for the benchmark's own, or the local default.</summary>
    private static string FromEnvironment()
    {
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("ConnectionStrings__ProbationCase") ?? LocalDefault)
        {
            Database = DefaultDatabase,
        };
        return builder.ConnectionString;
    }

    private static string ValueAfter(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProbationCase.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
