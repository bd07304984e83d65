using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ProbationCase.Benchmarks;

/// <summary>One SQL command EF sent, with copies of its parameters, so it can be run again under EXPLAIN.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>Records the commands of one run of a read path; off while measuring.</summary>
public sealed class QueryCapture : DbCommandInterceptor
{
    private readonly Lock _gate = new();
    private List<CapturedCommand>? _commands;

    /// <summary>Starts recording; the returned list fills until <see cref="Stop"/>.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _commands = [];
        }
    }

    public IReadOnlyList<CapturedCommand> Stop()
    {
        lock (_gate)
        {
            var commands = _commands ?? [];
            _commands = null;
            return commands;
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        lock (_gate)
        {
            _commands?.Add(new CapturedCommand(
                command.CommandText,
                command.Parameters.OfType<NpgsqlParameter>().Select(parameter => parameter.Clone()).ToList()));
        }
    }
}
