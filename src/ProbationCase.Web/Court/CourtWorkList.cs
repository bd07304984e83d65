using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Court;

/// <summary>The work list's filter: by default open reports only; <paramref name="IncludeClosed"/> adds the closed ones (history).</summary>
public sealed record WorkListFilter(string? Court, DateOnly? From, DateOnly? To, PsrStatus? Status, int Page, bool IncludeClosed = false);

public sealed record OutstandingCheck(PreSentenceCheckKind Kind, bool ToldToCourt);

public sealed record WorkListRow(
    Guid Id, Crn Crn, string PersonName, PsrType Type, string CourtName, DateOnly HearingDate, PsrStatus Status, IReadOnlyList<OutstandingCheck> OutstandingChecks);

public sealed record WorkListPage(IReadOnlyList<WorkListRow> Rows, CappedCount Count, int Page, int PageSize)
{
    /// <summary>The reports the list pages through: every match, or the first <see cref="CourtWorkList.CountCap"/>.</summary>
    public int Total => Count.Reachable;

    public bool IsMoreThanShown => Count.IsMoreThanCap;

    public int TotalPages => Count.PageCount(PageSize);

    public int FirstShown => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastShown => Math.Min(Total, Page * PageSize);
}

/// <summary>
/// The court work list [DOMAIN.md §10]: reports by court and hearing date with their status and the
/// checks not yet back. By default the open reports (the court team's work, <see cref="PreSentenceReport.IsOpen"/>),
/// soonest hearing first; closed ones only when asked for. Filtered, paged and projected in SQL; only reports
/// about people the user may see; counted up to <see cref="CountCap"/>, so a view never reads the whole history.
/// </summary>
public static class CourtWorkList
{
    public const int PageSize = 25;

    /// <summary>Past this many matches the list says "more than" and asks for a narrower filter.</summary>
    public const int CountCap = 1000;

    public static async Task<WorkListPage> ReadAsync(
        ProbationCaseDbContext db, IQueryable<PersonOnProbation> visiblePeople, WorkListFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var reports = db.PreSentenceReports.AsNoTracking();
        if (!filter.IncludeClosed)
        {
            reports = reports.Where(PreSentenceReport.IsOpen);
        }

        if (!string.IsNullOrWhiteSpace(filter.Court))
        {
            reports = reports.Where(r => r.CourtName == filter.Court);
        }

        if (filter.From is { } from)
        {
            reports = reports.Where(r => r.HearingDate >= from);
        }

        if (filter.To is { } to)
        {
            reports = reports.Where(r => r.HearingDate <= to);
        }

        if (filter.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        var rows = reports.Join(visiblePeople, r => r.PersonId, p => p.Id, (r, p) => new { Report = r, Person = p });
        var count = await CappedCount.CountAsync(rows, CountCap, cancellationToken);
        var page = count.ClampPage(filter.Page, PageSize);
        var shown = await rows
            .OrderBy(x => x.Report.HearingDate)
            .ThenBy(x => x.Report.CourtName)
            .ThenBy(x => x.Person.LastName)
            .ThenBy(x => x.Report.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(x => new WorkListRow(
                x.Report.Id,
                x.Person.Crn,
                x.Person.FirstName + " " + x.Person.LastName,
                x.Report.Type,
                x.Report.CourtName,
                x.Report.HearingDate,
                x.Report.Status,
                x.Report.Checks
                    .Where(c => c.ReturnedOn == null)
                    .OrderBy(c => c.Kind)
                    .Select(c => new OutstandingCheck(c.Kind, c.OutstandingToldToCourt))
                    .ToList()))
            .ToListAsync(cancellationToken);

        return new WorkListPage(shown, count, page, PageSize);
    }

    /// <summary>
    /// The courts that have reports, for the filter. A loose index scan of the court index: one probe for the first
    /// court, then one for the next court after each, so a handful of index lookups instead of a DISTINCT over every report.
    /// </summary>
    public static Task<List<string>> CourtsAsync(ProbationCaseDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQuery<string>($"""
            WITH RECURSIVE court AS (
                (SELECT r.court_name FROM pre_sentence_reports AS r ORDER BY r.court_name LIMIT 1)
                UNION ALL
                SELECT (SELECT r.court_name FROM pre_sentence_reports AS r WHERE r.court_name > court.court_name ORDER BY r.court_name LIMIT 1)
                FROM court
                WHERE court.court_name IS NOT NULL)
            SELECT court.court_name AS "Value" FROM court WHERE court.court_name IS NOT NULL ORDER BY court.court_name
            """).ToListAsync(cancellationToken);
    }
}
