using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>Which contacts to show. Dates are London calendar dates, inclusive.</summary>
public sealed record ActivityLogRequest(
    Guid PersonId,
    ContactType? Type = null,
    ActivityOutcomeFilter Outcome = default,
    ContactOutcome? OutcomeCode = null,
    Guid? RequirementId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool RarOnly = false,
    int Page = 1,
    int PageSize = ActivityLogQuery.DefaultPageSize);

public enum ActivityOutcomeFilter
{
    Any,
    NotRecorded,
    Code,
}

public sealed record ActivityRow(
    Guid ContactId,
    DateTimeOffset StartsAt,
    ContactType Type,
    bool IsFaceToFace,
    RequirementType? RequirementType,
    ContactOutcome? Outcome,
    string? Notes,
    bool IsSensitive,
    bool IsOutcomeNotRecorded,
    IReadOnlyList<ActivityCorrection> Corrections);

/// <summary>An earlier outcome replaced by a correction [DOMAIN.md §12], shown with the contact.</summary>
public sealed record ActivityCorrection(ContactOutcome PreviousOutcome, DateTimeOffset CorrectedAt, string Reason);

public sealed record ActivityLogPage(IReadOnlyList<ActivityRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record RequirementOption(Guid Id, RequirementType Type, DateOnly SentenceDate);

/// <summary>The activity log: every contact for a person, newest first, filtered and paged in the database.</summary>
public sealed class ActivityLogQuery(ProbationCaseDbContext db, TimeProvider clock)
{
    public const int DefaultPageSize = 25;

    public async Task<ActivityLogPage> GetAsync(ActivityLogRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var contacts = db.Contacts.AsNoTracking().Where(c => c.PersonId == request.PersonId);
        if (request.Type is { } type)
        {
            contacts = contacts.Where(c => c.Type == type);
        }

        if (request.Outcome == ActivityOutcomeFilter.NotRecorded)
        {
            contacts = contacts.Where(Contact.OutcomeNotRecordedBy(now));
        }
        else if (request.Outcome == ActivityOutcomeFilter.Code && request.OutcomeCode is { } code)
        {
            contacts = contacts.Where(c => c.Outcome == code);
        }

        if (request.RequirementId is { } requirementId)
        {
            contacts = contacts.Where(c => c.RequirementId == requirementId);
        }

        if (request.From is { } from)
        {
            var fromInstant = LondonClock.ToUtc(from, TimeOnly.MinValue);
            contacts = contacts.Where(c => c.StartsAt >= fromInstant);
        }

        if (request.To is { } to)
        {
            var beforeInstant = LondonClock.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            contacts = contacts.Where(c => c.StartsAt < beforeInstant);
        }

        if (request.RarOnly)
        {
            contacts = contacts.Where(c => c.Type == ContactType.RarActivity || c.Type == ContactType.RarAppointment);
        }

        var total = await contacts.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Clamp(request.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var contactsOnPage = await contacts
            .Include(c => c.Corrections)
            .OrderByDescending(c => c.StartsAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        var requirementIds = contactsOnPage.Select(c => c.RequirementId).OfType<Guid>().Distinct().ToList();
        var requirementTypes = requirementIds.Count == 0
            ? []
            : await db.Orders.AsNoTracking()
                .Where(o => o.PersonId == request.PersonId)
                .SelectMany(o => o.Requirements)
                .Where(r => requirementIds.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id, r => r.Type, cancellationToken);
        var rows = contactsOnPage.Select(c => new ActivityRow(
            c.Id,
            c.StartsAt,
            c.Type,
            c.IsFaceToFace,
            c.RequirementId is { } id && requirementTypes.TryGetValue(id, out var requirementType) ? requirementType : null,
            c.Outcome,
            c.Notes,
            c.IsSensitive,
            c.IsOutcomeNotRecorded(now),
            c.Corrections.OrderBy(x => x.CorrectedAt).Select(x => new ActivityCorrection(x.PreviousOutcome, x.CorrectedAt, x.Reason)).ToList())).ToList();
        return new ActivityLogPage(rows, total, page, pageSize);
    }

    public Task<List<RequirementOption>> RequirementsAsync(Guid personId, CancellationToken cancellationToken = default) =>
        db.Orders.AsNoTracking()
            .Where(o => o.PersonId == personId)
            .SelectMany(o => o.Requirements.Select(r => new RequirementOption(r.Id, r.Type, o.SentenceDate)))
            .ToListAsync(cancellationToken);
}
