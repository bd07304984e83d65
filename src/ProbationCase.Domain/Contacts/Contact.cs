using System.Linq.Expressions;

namespace ProbationCase.Domain.Contacts;

/// <summary>
/// Anything that happened or is booked with the person [DOMAIN.md §3]. Its own aggregate (thousands
/// per order). Created only through <c>Order.ArrangeContact</c> so the requirement and termination
/// rules cannot be bypassed.
/// </summary>
public sealed class Contact : Entity
{
    private readonly List<ContactOutcomeCorrection> _corrections = [];

    private Contact() { }

    public Guid PersonId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid? RequirementId { get; private set; }

    /// <summary>Always UTC; shown and counted in Europe/London.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>When the contact ends (UTC); null for contacts booked before end times were kept, or logged without one.</summary>
    public DateTimeOffset? EndsAt { get; private set; }

    /// <summary>The office it takes place at, from reference data; or see <see cref="Location"/>.</summary>
    public Guid? OfficeId { get; private set; }

    /// <summary>Another place, typed in (a home visit, a provider's premises).</summary>
    public string? Location { get; private set; }

    public ContactType Type { get; private set; }

    public bool IsFaceToFace { get; private set; }

    public ContactDeliverer DeliveredBy { get; private set; }

    public Guid? DeliveredByStaffId { get; private set; }

    public string? ProviderName { get; private set; }

    public string? Notes { get; private set; }

    public bool IsSensitive { get; private set; }

    public ContactOutcome? Outcome { get; private set; }

    public AcceptableAbsenceReason? AbsenceReason { get; private set; }

    public string? AbsenceRationale { get; private set; }

    public bool? AbsenceEvidenceSeen { get; private set; }

    /// <summary>The officer's notes on the outcome: what happened, what was said [DOMAIN.md §3].</summary>
    public string? OutcomeNotes { get; private set; }

    public Guid? OutcomeRecordedBy { get; private set; }

    public DateTimeOffset? OutcomeRecordedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<ContactOutcomeCorrection> Corrections => _corrections.AsReadOnly();

    /// <summary>The London calendar date of the contact (used for RAR days and monthly contact).</summary>
    public DateOnly LondonDate => Calendar.LondonClock.DateOf(StartsAt);

    public bool? Complied => Outcome?.Complied();

    public bool IsEnforceable => Outcome?.IsEnforceable() ?? false;

    // [DOMAIN.md §3] booked time has passed and no outcome: goes in the RO's queue.
    private static readonly Expression<Func<Contact, DateTimeOffset, bool>> OutcomeNotRecordedRule =
        (contact, now) => contact.Outcome == null && contact.StartsAt <= now;

    private static readonly Func<Contact, DateTimeOffset, bool> OutcomeNotRecordedTest = OutcomeNotRecordedRule.Compile();

    public bool IsOutcomeNotRecorded(DateTimeOffset now) => OutcomeNotRecordedTest(this, now);

    /// <summary>The same rule as a filter a query can run (the instant is sent as a parameter).</summary>
    public static Expression<Func<Contact, bool>> OutcomeNotRecordedBy(DateTimeOffset now)
    {
        var instant = new Instant(now);
        var contact = OutcomeNotRecordedRule.Parameters[0];
        var body = new ReplaceParameter(OutcomeNotRecordedRule.Parameters[1], Expression.Property(Expression.Constant(instant), nameof(Instant.Value))).Visit(OutcomeNotRecordedRule.Body);
        return Expression.Lambda<Func<Contact, bool>>(body, contact);
    }

    private sealed record Instant(DateTimeOffset Value);

    private sealed class ReplaceParameter(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    internal static Contact Arrange(Guid personId, Guid orderId, ContactArrangement arrangement, DateTimeOffset now)
    {
        BusinessRule.Check(new ContactTypeMatchesFaceToFaceRule(arrangement.Type, arrangement.IsFaceToFace));
        BusinessRule.Check(new ContactDelivererIsNamedRule(arrangement));
        BusinessRule.Check(new ContactEndsAfterItStartsRule(arrangement.StartsAt, arrangement.EndsAt));
        return new Contact
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            OrderId = orderId,
            RequirementId = arrangement.RequirementId,
            StartsAt = arrangement.StartsAt.ToUniversalTime(),
            EndsAt = arrangement.EndsAt?.ToUniversalTime(),
            OfficeId = arrangement.OfficeId,
            Location = string.IsNullOrWhiteSpace(arrangement.Location) ? null : arrangement.Location.Trim(),
            Type = arrangement.Type,
            IsFaceToFace = arrangement.IsFaceToFace,
            DeliveredBy = arrangement.DeliveredBy,
            DeliveredByStaffId = arrangement.DeliveredByStaffId,
            ProviderName = string.IsNullOrWhiteSpace(arrangement.ProviderName) ? null : arrangement.ProviderName.Trim(),
            Notes = arrangement.Notes,
            IsSensitive = arrangement.IsSensitive,
            CreatedAt = now.ToUniversalTime(),
        };
    }

    internal void ChangeType(ContactType type, Guid? requirementId)
    {
        Type = type;
        RequirementId = requirementId;
    }

    /// <summary>Records the outcome once. An acceptable absence needs <paramref name="absence"/> with a reason and rationale.</summary>
    public void RecordOutcome(ContactOutcome outcome, AcceptableAbsence? absence, Guid recordedBy, DateTimeOffset now, string? notes = null)
    {
        CheckRule(new OutcomeAlreadyRecordedRule(Outcome));
        ApplyOutcome(outcome, absence, recordedBy, now);
        OutcomeNotes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    /// <summary>
    /// When the contact ends: its own end time, or for a contact kept without one, <see cref="AssumedLength"/> after it starts.
    /// </summary>
    public DateTimeOffset EndsOrAssumedToEndAt => EndsAt ?? StartsAt + AssumedLength;

    /// <summary>
    /// [policy] a contact recorded without an end time is taken to last an hour when looking for clashes
    /// [seed 004 (Diana)]: long enough that two appointments booked at the same hour are seen to clash.
    /// </summary>
    public static readonly TimeSpan AssumedLength = TimeSpan.FromHours(1);

    /// <summary>Changes a recorded outcome; the earlier one is kept as a correction [DOMAIN.md §12].</summary>
    public void CorrectOutcome(ContactOutcome outcome, AcceptableAbsence? absence, Guid correctedBy, string reason, DateTimeOffset now)
    {
        CheckRule(new TextIsRequiredRule(reason, "Enter why the outcome is being corrected."));
        CheckRule(new AcceptableAbsenceNeedsReasonAndRationaleRule(outcome, absence));
        if (Outcome is { } previous)
        {
            _corrections.Add(ContactOutcomeCorrection.Create(Id, previous, AbsenceReason, AbsenceRationale, OutcomeRecordedBy, OutcomeRecordedAt, correctedBy, reason, now));
        }

        ApplyOutcome(outcome, absence, correctedBy, now);
    }

    public void ChangeNotes(string? notes, bool isSensitive)
    {
        Notes = notes;
        IsSensitive = isSensitive;
    }

    private void ApplyOutcome(ContactOutcome outcome, AcceptableAbsence? absence, Guid recordedBy, DateTimeOffset now)
    {
        CheckRule(new AcceptableAbsenceNeedsReasonAndRationaleRule(outcome, absence));
        CheckRule(new AttendanceCannotBeRecordedInAdvanceRule(outcome, StartsAt, now));
        Outcome = outcome;
        AbsenceReason = absence?.Reason;
        AbsenceRationale = absence?.Rationale.Trim();
        AbsenceEvidenceSeen = absence?.EvidenceSeen;
        OutcomeRecordedBy = recordedBy;
        OutcomeRecordedAt = now.ToUniversalTime();
    }
}

/// <summary>What to book or log. <see cref="StartsAt"/> may carry any offset; it is stored in UTC.</summary>
public sealed record ContactArrangement(
    ContactType Type,
    DateTimeOffset StartsAt,
    bool IsFaceToFace,
    ContactDeliverer DeliveredBy,
    Guid? DeliveredByStaffId = null,
    string? ProviderName = null,
    Guid? RequirementId = null,
    string? Notes = null,
    bool IsSensitive = false,
    DateTimeOffset? EndsAt = null,
    Guid? OfficeId = null,
    string? Location = null);

// [policy] a booking's end time is after its start, on the same London day: appointments do not run overnight.
public sealed class ContactEndsAfterItStartsRule(DateTimeOffset startsAt, DateTimeOffset? endsAt) : IBusinessRule
{
    public bool IsBroken() => endsAt is { } end
        && (end <= startsAt || Calendar.LondonClock.DateOf(end) != Calendar.LondonClock.DateOf(startsAt));

    public string Message => "The end time must be after the start time, on the same day.";
}

public sealed class ContactDelivererIsNamedRule(ContactArrangement arrangement) : IBusinessRule
{
    public bool IsBroken() => arrangement.DeliveredBy == ContactDeliverer.Provider
        ? string.IsNullOrWhiteSpace(arrangement.ProviderName)
        : arrangement.DeliveredByStaffId is null;

    public string Message => arrangement.DeliveredBy == ContactDeliverer.Provider
        ? "Enter the provider that delivered the contact."
        : "Select the member of staff who delivered the contact.";
}

/// <summary>An earlier outcome replaced by a correction; records are never silently overwritten.</summary>
public sealed class ContactOutcomeCorrection : Entity
{
    private ContactOutcomeCorrection() { }

    public Guid ContactId { get; private set; }

    public ContactOutcome PreviousOutcome { get; private set; }

    public AcceptableAbsenceReason? PreviousAbsenceReason { get; private set; }

    public string? PreviousAbsenceRationale { get; private set; }

    public Guid? PreviousRecordedBy { get; private set; }

    public DateTimeOffset? PreviousRecordedAt { get; private set; }

    public Guid CorrectedBy { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public DateTimeOffset CorrectedAt { get; private set; }

    internal static ContactOutcomeCorrection Create(
        Guid contactId, ContactOutcome previous, AcceptableAbsenceReason? previousReason, string? previousRationale,
        Guid? previousBy, DateTimeOffset? previousAt, Guid correctedBy, string reason, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            ContactId = contactId,
            PreviousOutcome = previous,
            PreviousAbsenceReason = previousReason,
            PreviousAbsenceRationale = previousRationale,
            PreviousRecordedBy = previousBy,
            PreviousRecordedAt = previousAt,
            CorrectedBy = correctedBy,
            Reason = reason.Trim(),
            CorrectedAt = now.ToUniversalTime(),
        };
}
