using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Audit;

/// <summary>The case whose trail is read.</summary>
public sealed record AuditedCase(Guid PersonId, Crn Crn, string Name);

/// <summary>What the reader narrowed the trail to: London dates, inclusive, and one member of staff.</summary>
public sealed record AuditTrailFilter(DateOnly? From, DateOnly? To, string? Person);

/// <summary>One property a change touched, as it was and as it became (text as stored; null when there was none).</summary>
public sealed record AuditChange(string Property, string? Before, string? After);

/// <summary>One row of a case's trail: who did what to which record, when.</summary>
public sealed record AuditTrailRow(long Id, DateTimeOffset OccurredAt, string UserName, AuditAction Action, string Record, string RecordId, IReadOnlyList<AuditChange> Changes);

public sealed record AuditTrailPage(IReadOnlyList<AuditTrailRow> Rows, int Total, int PageNumber, int PageCount);

/// <summary>
/// Reads one case's audit trail [DOMAIN.md §12], newest first, filtered and paged in SQL. Who may read it
/// (an administrator, or an SPO for their team's cases) is decided by the page's policy and TeamCaseAuthorisation.
/// </summary>
public sealed class CaseAuditTrailQuery(ProbationCaseDbContext db)
{
    public const int PageSize = 50;

    public Task<AuditedCase?> CaseAsync(Guid personId, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new AuditedCase(p.Id, p.Crn, p.FirstName + " " + p.LastName))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The case with this CRN, optionally only if it is in <paramref name="teamId"/>.</summary>
    public Task<Guid?> FindByCrnAsync(Crn crn, Guid? teamId, CancellationToken cancellationToken) =>
        db.People.AsNoTracking()
            .Where(p => p.Crn == crn && (teamId == null || p.TeamId == teamId))
            .Select(p => (Guid?)p.Id)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Everyone who appears in the case's trail, for the "person" filter.</summary>
    public Task<List<string>> PeopleAsync(Guid personId, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.PersonId == personId)
            .Select(e => e.UserName)
            .Distinct()
            .OrderBy(name => name)
            .ToListAsync(cancellationToken);

    public async Task<AuditTrailPage> PageAsync(Guid personId, AuditTrailFilter filter, int pageNumber, CancellationToken cancellationToken)
    {
        var entries = Filtered(personId, filter);
        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await entries
            .OrderByDescending(e => e.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return new AuditTrailPage(rows.Select(Row).ToList(), total, pageNumber, pageCount);
    }

    /// <summary>Every row the filter matches, newest first, read as a stream for the CSV.</summary>
    public async IAsyncEnumerable<AuditTrailRow> AllAsync(
        Guid personId, AuditTrailFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in Filtered(personId, filter).OrderByDescending(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Row(entry);
        }
    }

    private IQueryable<AuditEntry> Filtered(Guid personId, AuditTrailFilter filter)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.PersonId == personId);
        if (filter.From is { } from)
        {
            var start = LondonClock.ToUtc(from, TimeOnly.MinValue);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            // The whole of the last day, in London time.
            var end = LondonClock.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(e => e.OccurredAt < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            entries = entries.Where(e => e.UserName == filter.Person);
        }

        return entries;
    }

    private static AuditTrailRow Row(AuditEntry entry) =>
        new(entry.Id, entry.OccurredAt, entry.UserName, entry.Action, entry.EntityType, entry.EntityId, ChangesOf(entry.Changes));

    /// <summary>The interceptor's JSON, <c>{ "Property": { "before": ..., "after": ... } }</c>, as rows.</summary>
    public static IReadOnlyList<AuditChange> ChangesOf(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return document.RootElement.EnumerateObject()
            .Select(property => new AuditChange(property.Name, Value(property.Value, "before"), Value(property.Value, "after")))
            .ToList();
    }

    private static string? Value(JsonElement change, string side) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(side, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                _ => value.GetRawText(),
            }
            : null;

    /// <summary>The words for an action, on the page and in the CSV.</summary>
    public static string ActionText(AuditAction action) => action switch
    {
        AuditAction.Created => "Created",
        AuditAction.Updated => "Changed",
        AuditAction.Deleted => "Removed",
        AuditAction.Viewed => "Viewed",
        AuditAction.Exported => "Downloaded",
        _ => action.ToString(),
    };

    /// <summary>An instant as a London timestamp to the second, sortable, for the CSV.</summary>
    public static string CsvTime(DateTimeOffset instant) =>
        LondonClock.ToLondonTime(instant).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
