using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace ProbationCase.Infrastructure.Persistence;

/// <summary>
/// Retries a read once, at once, when its connection turns out to be broken; never retries a write.
/// <para>
/// Why reads: after PostgreSQL restarts, a pooled connection may be dead until it is used; one immediate retry on
/// a fresh connection means the first page after an outage does not fail for that reason. A read has no effect, so
/// running it twice is safe. One retry only: while PostgreSQL is really down, more retries would only delay the
/// "service unavailable" page (the connect timeout is set in <see cref="ProbationCaseDatabase"/>).
/// </para>
/// <para>
/// Why not writes: EF's retrying strategy (<c>EnableRetryOnFailure</c>) re-runs a whole unit and refuses user
/// transactions, and our save is one: <see cref="ProbationCaseDbContext.SaveChangesAsync(bool, CancellationToken)"/>
/// writes the change, takes the case's <c>pg_advisory_xact_lock</c>, re-summarises the case and commits, accepting
/// the change tracker's changes on the way. Re-running that after a failure, and above all after a COMMIT whose
/// answer was lost, is not idempotent (the change may already be saved, or no longer be in the tracker), so a write
/// that fails is reported (503) and never repeated behind the user's back. A 302 after a POST is sent only once
/// SaveChanges has returned, that is after the commit. So nothing runs here when a transaction is open or a save is
/// under way; anything else (queries, <c>CanConnect</c> for /health) may be retried.
/// </para>
/// </summary>
public sealed class ReadRetryExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.FromMilliseconds(200), errorCodesToAdd: null)
{
    // Asked only when a unit starts (not in RetriesOnFailure, which EF reads while it builds the context's services).
    private bool IsWriting =>
        Dependencies.CurrentContext.Context is var context
        && (context.Database.CurrentTransaction is not null || context is ProbationCaseDbContext { IsSaving: true });

    public override TResult Execute<TState, TResult>(
        TState state, Func<DbContext, TState, TResult> operation, Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        IsWriting ? operation(Dependencies.CurrentContext.Context, state) : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default) =>
        IsWriting
            ? operation(Dependencies.CurrentContext.Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);
}
