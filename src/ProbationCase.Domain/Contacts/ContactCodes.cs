namespace ProbationCase.Domain.Contacts;

/// <summary>Contact types [DOMAIN.md §3].</summary>
public enum ContactType
{
    OfficeAppointment = 1,
    HomeVisit = 2,
    Telephone = 3,
    Video = 4,
    RarActivity = 5,
    RarAppointment = 6,
    UnpaidWorkSession = 7,
    ProgrammeSession = 8,
    ReportingIn = 9,
    Other = 10,
}

/// <summary>Outcome codes, modelled on the national case record [DOMAIN.md §3].</summary>
public enum ContactOutcome
{
    AttendedComplied = 1,
    AttendedFailedToComply = 2,
    AttendedSentHomeBehaviour = 3,
    AttendedSentHomeServiceIssues = 4,
    AcceptableAbsence = 5,
    UnacceptableAbsence = 6,
    Rescheduled = 7,
}

/// <summary>Reason codes for an acceptable absence [DOMAIN.md §3].</summary>
public enum AcceptableAbsenceReason
{
    Medical = 1,
    Employment = 2,
    FamilyOrChildcare = 3,
    CourtOrLegal = 4,
    Religious = 5,
    Holiday = 6,
    RemandedInCustody = 7,
    ProfessionalJudgement = 8,
}

/// <summary>Who delivered a contact [DOMAIN.md §3].</summary>
public enum ContactDeliverer
{
    ResponsibleOfficer = 1,
    OtherStaff = 2,
    Provider = 3,
}

/// <summary>
/// The §3 outcome table, in one place: whether an outcome means the person complied and whether
/// it is enforceable. <c>null</c> compliance means "not applicable".
/// </summary>
public static class ContactOutcomeRules
{
    // [DOMAIN.md §3 table; national case record codes]
    public static bool? Complied(this ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.AttendedComplied => true,
        ContactOutcome.AttendedFailedToComply => false,
        ContactOutcome.AttendedSentHomeBehaviour => false,
        ContactOutcome.UnacceptableAbsence => false,
        _ => null,
    };

    // [DOMAIN.md §3 table] enforceable outcomes are the only ones that can be an unacceptable failure (§9).
    public static bool IsEnforceable(this ContactOutcome outcome) => outcome is
        ContactOutcome.AttendedFailedToComply or
        ContactOutcome.AttendedSentHomeBehaviour or
        ContactOutcome.UnacceptableAbsence;

    public static bool IsAttendance(this ContactOutcome outcome) => outcome is
        ContactOutcome.AttendedComplied or
        ContactOutcome.AttendedFailedToComply or
        ContactOutcome.AttendedSentHomeBehaviour or
        ContactOutcome.AttendedSentHomeServiceIssues;
}

/// <summary>Why an absence was acceptable: reason code, written rationale and whether evidence was seen [seed 001 §3.21, seed 004].</summary>
public sealed record AcceptableAbsence(AcceptableAbsenceReason Reason, string Rationale, bool EvidenceSeen);
