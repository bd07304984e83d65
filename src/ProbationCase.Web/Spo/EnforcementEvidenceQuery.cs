using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Spo;

/// <summary>One contact as the evidence shows it: when, what, its outcome and the officer's notes.</summary>
public sealed record EvidenceContact(
    Guid ContactId,
    DateTimeOffset StartsAt,
    ContactType Type,
    ContactOutcome? Outcome,
    string? Notes,
    bool IsSensitive,
    AcceptableAbsenceReason? AbsenceReason,
    string? AbsenceRationale,
    bool? AbsenceEvidenceSeen,
    Guid? OutcomeRecordedBy,
    DateTimeOffset? OutcomeRecordedAt);

/// <summary>
/// What the SPO sees beside an enforcement decision or a professional-judgement absence [seed 000 §5.4, 001 §2.34,
/// 002 §4.1]: the order's enforcement record and its compliance history for 12 months, worked out by the domain
/// (<see cref="Order.ComplianceHistoryOn"/>), with the contacts behind each failure and the staff who acted.
/// </summary>
public sealed record EnforcementEvidence(
    Guid PersonId,
    Order Order,
    ComplianceHistory History,
    IReadOnlyDictionary<Guid, EvidenceContact> Contacts,
    IReadOnlyDictionary<Guid, string> StaffNames)
{
    public EvidenceContact? ContactOf(UnacceptableFailure failure) =>
        failure is null ? null : Contacts.GetValueOrDefault(failure.ContactId);

    public EvidenceContact? Contact(Guid contactId) => Contacts.GetValueOrDefault(contactId);

    /// <summary>The warning given for this failure, if it was warned.</summary>
    public EnforcementWarning? WarningFor(UnacceptableFailure failure) => failure is null ? null : Order.WarningFor(failure.Id);

    /// <summary>The failure a warning was given for.</summary>
    public UnacceptableFailure? FailureOf(EnforcementWarning warning) =>
        Order.Failures.FirstOrDefault(failure => failure.Id == warning?.FailureId);

    public IReadOnlyList<EnforcementDecision> DecisionsOn(UnacceptableFailure failure) =>
        Order.Decisions.Where(decision => decision.FailureId == failure?.Id).OrderBy(decision => decision.ReferredAt).ToList();

    /// <summary>The warnings given on or before a day: those that were "prior" to a failure or absence on it.</summary>
    public IReadOnlyList<EnforcementWarning> WarningsBy(DateOnly day) =>
        History.Warnings.Where(warning => warning.GivenOn <= day).ToList();

    public string NameOf(Guid? staffId) =>
        staffId is { } id && StaffNames.TryGetValue(id, out var name) ? name : UiDefaults.NotRecorded;
}

/// <summary>Reads the evidence for one order of a case; the page has already checked the case is the SPO's team's.</summary>
public sealed class EnforcementEvidenceQuery(ProbationCaseDbContext db, TimeProvider clock)
{
    public async Task<EnforcementEvidence?> ForOrderAsync(Guid personId, Guid orderId, CancellationToken cancellationToken = default)
    {
        var order = await db.OrderAsync(personId, orderId, tracking: false, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var today = LondonClock.Today(clock);
        // The window's contacts (a day's margin either side of London midnight; the domain takes the exact days), and
        // the contact behind every failure of the order, however old.
        var since = new DateTimeOffset(Order.EnforcementWindowStartsAfter(today).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var failureContacts = order.Failures.Select(failure => failure.ContactId).ToList();
        var contacts = await db.Contacts.AsNoTracking()
            .Where(contact => contact.OrderId == orderId && contact.PersonId == personId
                && (failureContacts.Contains(contact.Id) || (contact.Outcome != null && contact.StartsAt >= since)))
            .ToListAsync(cancellationToken);
        var history = order.ComplianceHistoryOn(today, contacts);

        var staffIds = order.Failures.Select(failure => failure.RecordedBy)
            .Concat(order.Warnings.Select(warning => warning.GivenBy))
            .Concat(order.Decisions.SelectMany(decision => new[] { decision.ReferredBy, decision.DecidedBy ?? Guid.Empty }))
            .Concat(contacts.Select(contact => contact.OutcomeRecordedBy ?? Guid.Empty))
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();
        var names = await db.Staff.AsNoTracking()
            .Where(member => staffIds.Contains(member.Id))
            .ToDictionaryAsync(member => member.Id, member => member.Name, cancellationToken);

        return new EnforcementEvidence(
            personId,
            order,
            history,
            contacts.ToDictionary(contact => contact.Id, contact => new EvidenceContact(
                contact.Id, contact.StartsAt, contact.Type, contact.Outcome, contact.Notes, contact.IsSensitive,
                contact.AbsenceReason, contact.AbsenceRationale, contact.AbsenceEvidenceSeen, contact.OutcomeRecordedBy, contact.OutcomeRecordedAt)),
            names);
    }
}

/// <summary>The evidence as one page shows it: about a failure (a decision) or a day (an absence).</summary>
public sealed record EvidenceView(EnforcementEvidence Evidence, DateOnly SubjectDate, UnacceptableFailure? Failure = null);
