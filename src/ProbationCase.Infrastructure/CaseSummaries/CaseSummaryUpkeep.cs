using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Infrastructure.CaseSummaries;

/// <summary>
/// Keeps each case's <see cref="CaseSummary"/> equal to the domain's computation from its aggregates, inside the
/// transaction of the change that affected it. The case is locked (a transaction-scoped advisory lock) after the
/// change is written and before it is read back, so two writers on one case queue here and the second one reads
/// what the first committed: the summary cannot be left stale. A failed save rolls the summary back with it.
/// </summary>
public sealed class CaseSummaryUpkeep(TimelinessPolicy policy, TimeProvider clock)
{
    // Changes to these parts of the domain can move a case's figures; reference data (staff, teams, holidays,
    // interventions, court reports) cannot, and a change of holidays or policy is a rebuild (CaseSummaryRebuild).
    private static readonly string[] CaseNamespaces =
    [
        "ProbationCase.Domain.People", "ProbationCase.Domain.Orders", "ProbationCase.Domain.Contacts",
        "ProbationCase.Domain.Plans", "ProbationCase.Domain.Oversight", "ProbationCase.Domain.Enforcement",
        "ProbationCase.Domain.Requirements", "ProbationCase.Domain.Access", "ProbationCase.Domain.Allocation",
    ];

    public TimelinessPolicy Policy => policy;

    /// <summary>
    /// The cases a save touches: when anything of a case changes, every case whose aggregates the context holds.
    /// A write loads one case's aggregates, so this is that case; a child row (a requirement, a review) is found
    /// through the root that was loaded with it.
    /// </summary>
    public static IReadOnlyList<Guid> CasesChangedIn(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var entries = tracker.Entries().ToList();
        var anyCaseChange = entries.Any(entry =>
            entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && entry.Metadata.ClrType != typeof(CaseSummary)
            && Array.Exists(CaseNamespaces, ns => entry.Metadata.ClrType.Namespace == ns));
        if (!anyCaseChange)
        {
            return [];
        }

        return entries
            .Select(entry => entry.Entity switch
            {
                PersonOnProbation person => person.Id,
                CaseSummary => (Guid?)null,
                _ => entry.Metadata.FindProperty("PersonId") is { } property ? entry.Property(property.Name).CurrentValue as Guid? : null,
            })
            .OfType<Guid>()
            .Distinct()
            .Order()
            .ToList();
    }

    /// <summary>Locks, reads back and re-summarises the cases, staging their summaries on the context to be saved.</summary>
    public async Task RefreshAsync(ProbationCaseDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personIds);
        foreach (var personId in personIds.Order())
        {
            var key = LockKey(personId);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }

        var rules = await RulesAsync(db, cancellationToken);
        var files = await CaseFiles.LoadAsync(db, personIds, cancellationToken);
        var ids = personIds.ToList();
        var existing = await db.CaseSummaries.AsTracking().Where(summary => ids.Contains(summary.PersonId)).ToDictionaryAsync(summary => summary.PersonId, cancellationToken);
        foreach (var file in files)
        {
            var computed = CaseSummary.Compute(file, rules);
            if (existing.TryGetValue(file.Person.Id, out var stored))
            {
                db.Entry(stored).CurrentValues.SetValues(computed);
                CopyCollections(db, stored, computed);
            }
            else
            {
                db.CaseSummaries.Add(computed);
            }
        }
    }

    /// <summary>The policy and the administrator's bank holidays, as the summaries are worked out with them.</summary>
    public async Task<CaseRules> RulesAsync(ProbationCaseDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var holidays = await db.BankHolidays.AsNoTracking().Select(holiday => holiday.Date).ToListAsync(cancellationToken);
        return new CaseRules(policy, holidays, clock.GetUtcNow());
    }

    /// <summary>One advisory lock key per case, shared by every writer and the rebuild.</summary>
    public static long LockKey(Guid personId)
    {
        Span<byte> bytes = stackalloc byte[16];
        personId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }

    // Primitive collections are properties too, but SetValues copies them by reference; assign copies so change detection compares values.
    private static void CopyCollections(ProbationCaseDbContext db, CaseSummary stored, CaseSummary computed)
    {
        var entry = db.Entry(stored);
        foreach (var property in entry.Metadata.GetProperties().Where(property => property.IsPrimitiveCollection))
        {
            var value = entry.Metadata.FindProperty(property.Name)!.GetGetter().GetClrValue(computed);
            entry.Property(property.Name).CurrentValue = value;
        }
    }
}
