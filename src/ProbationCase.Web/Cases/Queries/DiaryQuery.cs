using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

public enum DiaryPeriod
{
    Today,
    ThisWeek,
}

/// <summary>Which appointments: the officer, today or this Monday-to-Sunday London week, optionally only outcomes to record.</summary>
public sealed record DiaryRequest(Guid StaffId, DiaryPeriod Period, bool OutcomesToRecordOnly, int Page = 1, int PageSize = DiaryQuery.DefaultPageSize);

public sealed record DiaryRow(
    Guid ContactId,
    Guid PersonId,
    string Name,
    string Crn,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    ContactType Type,
    string? Place,
    ContactOutcome? Outcome,
    bool IsOutcomeNotRecorded);

public sealed record DiaryPage(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<DiaryRow> Rows,
    int Total,
    int OutcomesToRecord,
    int Page,
    int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The officer's diary: the contacts of the cases they hold (and may see, <see cref="CaseAccess.VisibleSummaries"/>) in
/// today's or this week's London dates [DOMAIN.md §3], in time order, filtered and paged in SQL. "Outcome not recorded"
/// is the contact's own rule (<see cref="Contact.OutcomeNotRecordedBy"/>), run as a query.
/// </summary>
public sealed class DiaryQuery(ProbationCaseDbContext db, CaseAccess access, TimeProvider clock)
{
    public const int DefaultPageSize = 25;

    public async Task<DiaryPage> GetAsync(DiaryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var day = CaseloadDay.At(now);
        var (from, to) = request.Period == DiaryPeriod.Today ? (day.Today, day.Today) : day.Week;
        var fromInstant = LondonClock.ToUtc(from, TimeOnly.MinValue);
        var untilInstant = LondonClock.ToUtc(to.AddDays(1), TimeOnly.MinValue);

        var cases = access.VisibleSummaries().Where(s => s.ResponsibleOfficerId == request.StaffId);
        var inPeriod = db.Contacts.AsNoTracking()
            .Where(c => c.StartsAt >= fromInstant && c.StartsAt < untilInstant)
            .Where(c => cases.Any(s => s.PersonId == c.PersonId));
        var toRecord = inPeriod.Where(Contact.OutcomeNotRecordedBy(now));
        var outcomesToRecord = await toRecord.CountAsync(cancellationToken);
        var contacts = request.OutcomesToRecordOnly ? toRecord : inPeriod;

        var total = request.OutcomesToRecordOnly ? outcomesToRecord : await contacts.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Clamp(request.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await contacts
            .OrderBy(c => c.StartsAt).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Join(db.CaseSummaries, c => c.PersonId, s => s.PersonId, (c, s) => new
            {
                c.Id,
                c.PersonId,
                s.FirstName,
                s.LastName,
                s.Crn,
                c.StartsAt,
                c.EndsAt,
                c.Type,
                Place = db.Offices.Where(o => o.Id == c.OfficeId).Select(o => o.Name).FirstOrDefault() ?? c.Location,
                c.Outcome,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var waiting = ids.Count == 0
            ? []
            : await db.Contacts.Where(c => ids.Contains(c.Id)).Where(Contact.OutcomeNotRecordedBy(now)).Select(c => c.Id).ToListAsync(cancellationToken);

        return new DiaryPage(
            from,
            to,
            rows.OrderBy(r => r.StartsAt).ThenBy(r => r.Id)
                .Select(r => new DiaryRow(r.Id, r.PersonId, $"{r.FirstName} {r.LastName}", r.Crn, r.StartsAt, r.EndsAt, r.Type, r.Place, r.Outcome, waiting.Contains(r.Id)))
                .ToList(),
            total,
            outcomesToRecord,
            page,
            pageSize);
    }
}
