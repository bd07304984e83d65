using Microsoft.EntityFrameworkCore;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Web.Spo;

public sealed record OversightActionRow(Guid ActionId, string Description, string OwnerName, DateOnly DueOn, DateOnly? CompletedOn)
{
    public bool IsOverdue(DateOnly today) => CompletedOn is null && today > DueOn;
}

public sealed record OversightEntryRow(Guid Id, DateTimeOffset RecordedAt, string ReviewedByName, string WhatWasReviewed, IReadOnlyList<OversightActionRow> Actions);

public sealed record CaseHeader(Guid PersonId, string Name, string Crn, Guid? TeamId, string? OfficerName);

/// <summary>Management oversight on one case [DOMAIN.md §11; seed 001 §2.48, 004], projected in SQL.</summary>
public sealed class OversightQueries(ProbationCaseDbContext db)
{
    public async Task<CaseHeader> HeaderAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var row = await db.People.AsNoTracking()
            .Where(person => person.Id == personId)
            .Select(person => new
            {
                person.FirstName,
                person.LastName,
                person.Crn,
                person.TeamId,
                Officer = db.Staff.Where(member => member.Id == person.ResponsibleOfficerId).Select(member => member.Name).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        return new CaseHeader(personId, $"{row.FirstName} {row.LastName}", row.Crn.Value, row.TeamId, row.Officer);
    }

    public async Task<IReadOnlyList<OversightEntryRow>> EntriesAsync(Guid personId, CancellationToken cancellationToken = default) =>
        await db.ManagementOversight.AsNoTracking()
            .Where(entry => entry.PersonId == personId)
            .OrderByDescending(entry => entry.RecordedAt)
            .Take(100)
            .Select(entry => new OversightEntryRow(
                entry.Id,
                entry.RecordedAt,
                db.Staff.Where(member => member.Id == entry.ReviewedBy).Select(member => member.Name).FirstOrDefault() ?? "",
                entry.WhatWasReviewed,
                entry.Actions
                    .OrderBy(action => action.DueOn)
                    .Select(action => new OversightActionRow(
                        action.Id,
                        action.Description,
                        db.Staff.Where(member => member.Id == action.OwnerId).Select(member => member.Name).FirstOrDefault() ?? "",
                        action.DueOn,
                        action.CompletedOn))
                    .ToList()))
            .ToListAsync(cancellationToken);
}
