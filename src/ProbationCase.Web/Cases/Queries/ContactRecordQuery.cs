using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Auditing;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Audit;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>One entry in a contact's history: when, who, what changed and why.</summary>
public sealed record ContactHistoryEntry(DateTimeOffset At, string By, string What, string? Why);

/// <summary>A single contact as the officer reads it, with who booked it and every correction made since.</summary>
public sealed record ContactRecord(
    Contact Contact,
    RequirementType? RequirementType,
    string? Office,
    string? DeliveredBy,
    string? OutcomeRecordedBy,
    ContactHistoryEntry? Booked,
    IReadOnlyList<ContactHistoryEntry> History,
    bool IsOutcomeNotRecorded);

/// <summary>
/// A single contact [DOMAIN.md §3]. Its history is read from where each change is already kept, nothing copied:
/// outcome corrections from the contact's own <see cref="ContactOutcomeCorrection"/>s (the earlier outcome, who recorded
/// it, who corrected it and why [DOMAIN.md §12]), and changes of type (Reclassify) and who booked it from the audit trail.
/// </summary>
public sealed class ContactRecordQuery(ProbationCaseDbContext db, TimeProvider clock)
{
    public async Task<ContactRecord?> GetAsync(Guid personId, Guid contactId, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.AsNoTracking()
            .Include(c => c.Corrections)
            .SingleOrDefaultAsync(c => c.Id == contactId && c.PersonId == personId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var requirementType = contact.RequirementId is { } requirementId
            ? await db.Orders.AsNoTracking().Where(o => o.Id == contact.OrderId).SelectMany(o => o.Requirements)
                .Where(r => r.Id == requirementId).Select(r => (RequirementType?)r.Type).SingleOrDefaultAsync(cancellationToken)
            : null;
        var office = contact.OfficeId is { } officeId
            ? await db.Offices.AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;

        var entityId = contact.Id.ToString();
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Contact) && e.EntityId == entityId && e.PersonId == personId
                && (e.Action == AuditAction.Created || e.Action == AuditAction.Updated))
            .OrderBy(e => e.Id)
            .Select(e => new { e.OccurredAt, e.UserId, e.UserName, e.Action, e.Changes })
            .ToListAsync(cancellationToken);

        var staffIds = new[] { contact.DeliveredByStaffId, contact.OutcomeRecordedBy }
            .Concat(contact.Corrections.SelectMany(c => new[] { c.PreviousRecordedBy, (Guid?)c.CorrectedBy }))
            .OfType<Guid>().Distinct().ToList();
        var userIds = audit.Select(e => e.UserId).OfType<Guid>().Distinct().ToList();
        var staffNames = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var userNames = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string StaffName(Guid? id) => id is { } staffId && staffNames.TryGetValue(staffId, out var name) ? name : UiDefaults.NotRecorded;
        string UserName(Guid? id, string fallback) => id is { } userId && userNames.TryGetValue(userId, out var name) && name.Length > 0 ? name : fallback;

        var created = audit.FirstOrDefault(e => e.Action == AuditAction.Created);
        var booked = created is null ? null : new ContactHistoryEntry(created.OccurredAt, UserName(created.UserId, created.UserName), "Recorded", null);

        var history = new List<ContactHistoryEntry>();
        foreach (var change in audit.Where(e => e.Action == AuditAction.Updated))
        {
            var type = CaseAuditTrailQuery.ChangesOf(change.Changes).FirstOrDefault(c => c.Property == nameof(Contact.Type));
            if (type is not null && TypeOf(type.Before) is { } before && TypeOf(type.After) is { } after)
            {
                history.Add(new ContactHistoryEntry(change.OccurredAt, UserName(change.UserId, change.UserName),
                    $"Type changed from {UiDefaults.Of(before)} to {UiDefaults.Of(after)}", null));
            }
        }

        // Each correction holds the outcome it replaced; what it became is the next correction's earlier outcome, or today's.
        var corrections = contact.Corrections.OrderBy(c => c.CorrectedAt).ToList();
        for (var i = 0; i < corrections.Count; i++)
        {
            var correction = corrections[i];
            var became = i + 1 < corrections.Count ? corrections[i + 1].PreviousOutcome : contact.Outcome;
            var recorded = correction.PreviousRecordedAt is { } at ? $" (recorded by {StaffName(correction.PreviousRecordedBy)} on {UiDefaults.DateTime(at)})" : "";
            history.Add(new ContactHistoryEntry(correction.CorrectedAt, StaffName(correction.CorrectedBy),
                $"Outcome corrected from {UiDefaults.Of(correction.PreviousOutcome)}{recorded} to {(became is { } outcome ? UiDefaults.Of(outcome) : UiDefaults.NotRecorded)}",
                correction.Reason));
        }

        return new ContactRecord(
            contact,
            requirementType,
            office,
            contact.DeliveredByStaffId is null ? contact.ProviderName : StaffName(contact.DeliveredByStaffId),
            contact.OutcomeRecordedBy is null ? null : StaffName(contact.OutcomeRecordedBy),
            booked,
            history.OrderBy(entry => entry.At).ToList(),
            contact.IsOutcomeNotRecorded(clock.GetUtcNow()));
    }

    /// <summary>The audit trail holds the enum as stored: its number (or, defensively, its name).</summary>
    private static ContactType? TypeOf(string? stored) =>
        int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined((ContactType)number) ? (ContactType)number
        : Enum.TryParse<ContactType>(stored?.Trim('"'), out var named) ? named
        : null;
}
