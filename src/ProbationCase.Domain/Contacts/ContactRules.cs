namespace ProbationCase.Domain.Contacts;

// [seed 000 §5.6] reporting-in and order-management talk are never RAR activities.
public sealed class ReportingInIsNotRarActivityRule(ContactType currentType, ContactType requestedType, bool linkedToRar) : IBusinessRule
{
    public bool IsBroken() =>
        (currentType == ContactType.ReportingIn && requestedType == ContactType.RarActivity)
        || (requestedType == ContactType.ReportingIn && linkedToRar);

    public string Message => "A reporting-in contact cannot be recorded as a RAR activity.";
}

// [DOMAIN.md §3] a contact is part of supervising an order, so it falls within the order's life:
// from its start date to its end (the termination date once ended, otherwise the expected end).
public sealed class ContactWithinOrderLifeRule(DateOnly contactDate, DateOnly orderStart, DateOnly orderEnd) : IBusinessRule
{
    public bool IsBroken() => contactDate < orderStart || contactDate > orderEnd;

    public string Message => contactDate < orderStart
        ? "The contact must be on or after the date the order started."
        : "The contact must be on or before the date the order ends.";
}

// [seed 001 §3.21, seed 004 (George)] an acceptable absence needs a reason code and a written rationale.
public sealed class AcceptableAbsenceNeedsReasonAndRationaleRule(ContactOutcome outcome, AcceptableAbsence? absence) : IBusinessRule
{
    public bool IsBroken() => Problem() is not null;

    public string Message => Problem() ?? string.Empty;

    private string? Problem()
    {
        if (outcome != ContactOutcome.AcceptableAbsence)
        {
            return absence is null ? null : "Only an acceptable absence has an absence reason.";
        }

        if (absence is null || !Enum.IsDefined(absence.Reason))
        {
            return "Select the reason the absence is acceptable.";
        }

        return string.IsNullOrWhiteSpace(absence.Rationale)
            ? "Enter why the absence is acceptable."
            : null;
    }
}

// [DOMAIN.md §3] attendance cannot be recorded before the contact's booked time.
public sealed class AttendanceCannotBeRecordedInAdvanceRule(ContactOutcome outcome, DateTimeOffset startsAt, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => (outcome.IsAttendance() || outcome == ContactOutcome.UnacceptableAbsence) && startsAt > now;

    public string Message => "You cannot record attendance or absence for a contact that has not happened yet.";
}

public sealed class OutcomeAlreadyRecordedRule(ContactOutcome? existing) : IBusinessRule
{
    public bool IsBroken() => existing is not null;

    public string Message => "This contact already has an outcome. Correct the outcome instead.";
}

// [policy] a contact that is not face to face cannot be a home visit or an office appointment.
public sealed class ContactTypeMatchesFaceToFaceRule(ContactType type, bool isFaceToFace) : IBusinessRule
{
    public bool IsBroken() =>
        (!isFaceToFace && type is ContactType.HomeVisit or ContactType.OfficeAppointment)
        || (isFaceToFace && type is ContactType.Telephone or ContactType.Video);

    public string Message => isFaceToFace
        ? "A telephone or video contact is not face to face."
        : "A home visit or office appointment is face to face.";
}
