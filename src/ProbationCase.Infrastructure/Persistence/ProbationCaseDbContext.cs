using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using ProbationCase.Domain.Calendar;
using ProbationCase.Infrastructure.Identity;
using CaseSummaryUpkeep = ProbationCase.Infrastructure.CaseSummaries.CaseSummaryUpkeep;

namespace ProbationCase.Infrastructure.Persistence;

/// <param name="options">The provider settings (<see cref="ProbationCaseDatabase"/>).</param>
/// <param name="caseSummaries">Keeps case summaries with every change; absent only for the EF tools at design time.</param>
public sealed partial class ProbationCaseDbContext(DbContextOptions<ProbationCaseDbContext> options, CaseSummaryUpkeep? caseSummaries = null)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Shared so several app instances can read each other's sign-in cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Auditing.AuditEntry> AuditEntries => Set<Auditing.AuditEntry>();

    /// <summary>One row per case, written only here, in the transaction of each change to the case.</summary>
    public DbSet<Domain.Caseload.CaseSummary> CaseSummaries => Set<Domain.Caseload.CaseSummary>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves, and when the save touches a case, brings its summary up to date in the same transaction
    /// (<see cref="CaseSummaryUpkeep"/>): either both are committed or neither is.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        IsSaving = true;
        try
        {
            return await SaveChangesAndSummariesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            IsSaving = false;
        }
    }

    /// <summary>True while a save runs: <see cref="ReadRetryExecutionStrategy"/> never repeats a write.</summary>
    public bool IsSaving { get; private set; }

    private async Task<int> SaveChangesAndSummariesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var cases = caseSummaries is null ? [] : CaseSummaryUpkeep.CasesChangedIn(ChangeTracker);
        if (cases.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        await caseSummaries!.RefreshAsync(this, cases, cancellationToken);
        written += await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return written;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ProbationCaseDbContext).Assembly);
        MapLondonDate(builder);

        // The domain gives every entity its id when it is created, so EF must never treat a
        // non-empty key as "already saved": a child added to a loaded aggregate is an insert.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(Domain.Entity).IsAssignableFrom(e.ClrType) && e.BaseType is null))
        {
            builder.Entity(entity.ClrType).Property(nameof(Domain.Entity.Id)).ValueGeneratedNever();
        }
    }

    /// <summary>
    /// [DOMAIN.md §3] contacts are stored in UTC and counted in Europe/London: lets a query use the domain's own
    /// <see cref="LondonClock.DateOf"/> (e.g. distinct RAR activity days), run in SQL as
    /// <c>CAST(timezone('Europe/London', starts_at) AS date)</c>. A translation only: nothing is created in the database.
    /// </summary>
    private static void MapLondonDate(ModelBuilder builder)
    {
        var text = new StringTypeMapping("text", System.Data.DbType.String);
        var timestamp = new DateTimeTypeMapping("timestamp without time zone");
        var date = new DateOnlyTypeMapping("date");
        builder.HasDbFunction(typeof(LondonClock).GetMethod(nameof(LondonClock.DateOf), [typeof(DateTimeOffset)])!)
            .HasTranslation(arguments => new SqlUnaryExpression(
                ExpressionType.Convert,
                new SqlFunctionExpression(
                    "timezone",
                    [new SqlConstantExpression(LondonClock.TimeZone.Id, typeof(string), text), arguments[0]],
                    nullable: true,
                    argumentsPropagateNullability: [false, true],
                    typeof(DateTime),
                    timestamp),
                typeof(DateOnly),
                date));
    }
}
