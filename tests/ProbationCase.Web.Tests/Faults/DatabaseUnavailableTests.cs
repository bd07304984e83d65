using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Tests.Faults;

/// <summary>Which failures are "the database is unavailable" (503) and which are not (500, 409, 400 as before).</summary>
public sealed class DatabaseUnavailableTests
{
    private static PostgresException Server(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    public static TheoryData<Exception> Unavailable => new()
    {
        new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)),
        new NpgsqlException("Exception while reading from stream", new EndOfStreamException()),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))),
        new DbUpdateException("An error occurred while saving the entity changes.", Server(PostgresErrorCodes.AdminShutdown)),
        new InvalidOperationException("wrapped twice", new DbUpdateException("save", Server(PostgresErrorCodes.CannotConnectNow))),
        new AggregateException(new InvalidOperationException("first"), new NpgsqlException("timeout", new TimeoutException())),
        Server(PostgresErrorCodes.ConnectionFailure),
        Server(PostgresErrorCodes.TooManyConnections),
    };

    public static TheoryData<Exception> NotUnavailable => new()
    {
        new InvalidOperationException("Sequence contains no elements"),
        new DbUpdateException("save", Server(PostgresErrorCodes.UniqueViolation)),
        new DbUpdateConcurrencyException("changed"),
        Server(PostgresErrorCodes.DeadlockDetected),
        Server(PostgresErrorCodes.CharacterNotInRepertoire),
        new NpgsqlException("Some protocol problem"),
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void IsCause_ConnectionOrServerAvailabilityFailure_True(Exception exception) =>
        Assert.True(DatabaseUnavailable.IsCause(exception), exception.ToString());

    [Theory]
    [MemberData(nameof(NotUnavailable))]
    public void IsCause_RequestOrCodeFault_False(Exception exception) =>
        Assert.False(DatabaseUnavailable.IsCause(exception), exception.ToString());
}
