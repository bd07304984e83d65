using System.Globalization;

namespace ProbationCase.FaultTest;

/// <param name="BaseUrl">The running app.</param>
/// <param name="ConnectionString">Its database, to find contacts to record and to read back what was acknowledged.</param>
/// <param name="StopCommand">A shell command that stops PostgreSQL and returns when it is down.</param>
/// <param name="StartCommand">A shell command that starts PostgreSQL and returns when it accepts connections.</param>
public sealed record FaultRunOptions(
    Uri BaseUrl,
    string ConnectionString,
    int Users,
    TimeSpan Warmup,
    TimeSpan Outage,
    TimeSpan After,
    string StopCommand,
    string StartCommand)
{
    /// <summary>"Within a few seconds": the longest any request may take while PostgreSQL is down.</summary>
    public static readonly TimeSpan MaxResponseWhileDown = TimeSpan.FromSeconds(5);

    /// <summary>How long after PostgreSQL is back and /health is healthy a 503 may still be seen.</summary>
    public static readonly TimeSpan RecoveryGrace = TimeSpan.FromSeconds(2);

    public static FaultRunOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"--{name} is required (scripts/fault-test sets it).");
        TimeSpan Seconds(string name, int fallback) =>
            TimeSpan.FromSeconds(values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback);

        return new FaultRunOptions(
            new Uri(Required("base")),
            Required("connection"),
            values.TryGetValue("users", out var users) ? int.Parse(users, CultureInfo.InvariantCulture) : 4,
            Seconds("warmup", 15),
            Seconds("outage", 15),
            Seconds("after", 20),
            Required("db-stop"),
            Required("db-start"));
    }
}
