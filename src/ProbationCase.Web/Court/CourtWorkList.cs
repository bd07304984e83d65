using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Court;

public sealed record WorkListFilter(string? Court, DateOnly? From, DateOnly? To, PsrStatus? Status, int Page);

public sealed record OutstandingCheck(PreSentenceCheckKind Kind, bool ToldToCourt);

public sealed record WorkListRow(
    Guid Id, Crn Crn, string PersonName, PsrType Type, string CourtName, DateOnly HearingDate, PsrStatus Status, IReadOnlyList<OutstandingCheck> OutstandingChecks);

public sealed record WorkListPage(IReadOnlyList<WorkListRow> Rows, int Total, int Page, int PageSize)
{
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstShown => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastShown => Math.Min(Total, Page * PageSize);
}

/// <summary>
/// The court work list [DOMAIN.md §10]: reports by court and hearing date with their status and the
/// checks not yet back. Filtered, paged and projected in SQL; only reports about people the user may see.
/// </summary>
public static class CourtWorkList
{
    public const int PageSize = 25;

    public static async Task<WorkListPage> ReadAsync(
        ProbationCaseDbContext db, IQueryable<PersonOnProbation> visiblePeople, WorkListFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var reports = db.PreSentenceReports.AsNoTracking();
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
        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
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

        return new WorkListPage(shown, total, page, PageSize);
    }

    /// <summary>The courts that have reports, for the filter.</summary>
    public static Task<List<string>> CourtsAsync(ProbationCaseDbContext db, CancellationToken cancellationToken = default) =>
        db.PreSentenceReports.AsNoTracking().Select(r => r.CourtName).Distinct().OrderBy(name => name).ToListAsync(cancellationToken);
}
