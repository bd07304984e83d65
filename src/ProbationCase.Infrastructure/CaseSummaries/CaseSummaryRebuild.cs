using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.CaseSummaries;

/// <summary>Where a rebuild stands, for the administration page.</summary>
public sealed record CaseSummaryRebuildProgress(bool Running, int Done, int Stale, DateTimeOffset? LastFinishedAt);

/// <summary>
/// Re-summarises every case whose summary was worked out under other rules (a bank holiday added or removed, a
/// policy figure changed) or that has none. Idempotent and restartable: what is left to do is exactly the cases
/// whose <c>computed_with</c> differs from today's fingerprint, taken in id order a batch at a time, each batch in
/// its own transaction holding each case's lock. Runs at start-up and whenever <see cref="Request"/> is called;
/// one instance at a time across app servers (a session advisory lock).
/// </summary>
public sealed partial class CaseSummaryRebuild(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ILogger<CaseSummaryRebuild> logger) : BackgroundService
{
    public const int BatchSize = 500;

    // Any constant distinct from the per-case keys' space is fine; collisions only make a writer wait.
    private const long RebuildLockKey = 0x0C45E5_0BB1_7D;

    private readonly SemaphoreSlim _requested = new(0);
    private volatile CaseSummaryRebuildProgress _progress = new(false, 0, 0, null);

    public CaseSummaryRebuildProgress Progress => _progress;

    /// <summary>Asks for a rebuild; it runs in the background and is a no-op when nothing is stale.</summary>
    public void Request() => _requested.Release();

    /// <summary>Rebuilds every stale summary now; returns how many were rebuilt (0 when another instance holds the job).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        var upkeep = scope.ServiceProvider.GetRequiredService<CaseSummaryUpkeep>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var locked = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({RebuildLockKey}) AS \"Value\"").SingleAsync(cancellationToken);
            if (!locked)
            {
                return 0;
            }

            try
            {
                return await RebuildStaleAsync(upkeep, (await upkeep.RulesAsync(db, cancellationToken)).Fingerprint, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({RebuildLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration.GetValue("CaseSummaries:RebuildOnStartup", true))
        {
            await RunSafelyAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await _requested.WaitAsync(stoppingToken);
            await RunSafelyAsync(stoppingToken);
        }
    }

    public override void Dispose()
    {
        _requested.Dispose();
        base.Dispose();
    }

    private async Task RunSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Restartable: the next request (or start-up) carries on from whatever is still stale.
            LogRebuildFailed(logger, ex);
            _progress = _progress with { Running = false };
        }
    }

    private async Task<int> RebuildStaleAsync(CaseSummaryUpkeep upkeep, string fingerprint, CancellationToken cancellationToken)
    {
        var stale = await CountStaleAsync(fingerprint, cancellationToken);
        _progress = new CaseSummaryRebuildProgress(true, 0, stale, _progress.LastFinishedAt);
        if (stale > 0)
        {
            LogRebuildStarting(logger, stale);
        }

        var done = 0;
        var after = Guid.Empty;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
            var batch = await db.Database.SqlQuery<Guid>($"""
                SELECT p.id AS "Value" FROM people p
                LEFT JOIN case_summaries s ON s.person_id = p.id AND s.computed_with = {fingerprint}
                WHERE s.person_id IS NULL AND p.id > {after}
                ORDER BY p.id LIMIT {BatchSize}
                """).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await upkeep.RefreshAsync(db, batch, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            done += batch.Count;
            after = batch[^1];
            _progress = _progress with { Done = done };
            LogRebuildProgress(logger, done, stale);
        }

        _progress = new CaseSummaryRebuildProgress(false, done, 0, DateTimeOffset.UtcNow);
        if (done > 0)
        {
            LogRebuildFinished(logger, done);
        }

        return done;
    }

    /// <summary>How many cases have no summary worked out under the current rules.</summary>
    public async Task<int> CountStaleAsync(string fingerprint, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
        return await db.People.CountAsync(p => !db.CaseSummaries.Any(s => s.PersonId == p.Id && s.ComputedWith == fingerprint), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case summaries: rebuilding {Stale} worked out under other rules")]
    private static partial void LogRebuildStarting(ILogger logger, int stale);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case summaries: {Done} of {Stale} rebuilt")]
    private static partial void LogRebuildProgress(ILogger logger, int done, int stale);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case summaries: rebuild finished, {Done} rebuilt")]
    private static partial void LogRebuildFinished(ILogger logger, int done);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case summaries: rebuild stopped; it resumes on the next request or start-up")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception);
}
