using System.Net.Sockets;
using Npgsql;

namespace ProbationCase.Infrastructure.Persistence;

/// <summary>
/// The one statement of "PostgreSQL cannot be reached just now", as opposed to a fault in the request or the code.
/// EF and Npgsql report it in several shapes, often wrapped: Npgsql's own transient errors (refused or dropped
/// connections, connect timeouts, an exhausted pool), the server's "shutting down / starting up / too many
/// connections" and connection-class errors, and sockets failing underneath; EF wraps them in
/// <see cref="InvalidOperationException"/> ("likely due to a transient failure"), <c>DbUpdateException</c> or
/// <c>RetryLimitExceededException</c>. The web host answers these with "service unavailable" (503), the rest with 500.
/// </summary>
public static class DatabaseUnavailable
{
    public static bool IsCause(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Any(IsCause);
            }

            if (IsItself(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsItself(Exception exception) => exception switch
    {
        PostgresException postgres => IsServerUnavailable(postgres.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient,
        SocketException => true,
        _ => false,
    };

    /// <summary>
    /// Server errors that mean the database, not the statement, is the problem: connection exceptions (class 08),
    /// the server shutting down, crashed or still starting (57P01–57P03), and no connection slots left (53300).
    /// Deadlocks and serialisation failures are transient too but are about the statement: they stay 500/409.
    /// </summary>
    private static bool IsServerUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}
