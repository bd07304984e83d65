using System.Globalization;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Web.Cases.Journeys;

/// <summary>How the RO workspace words the domain's codes and shows London dates and times.</summary>
public static class CaseText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public const string ConcurrencyConflict = "Someone else changed this record while you were working on it";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "Not set";

    /// <summary>A stored UTC instant as London wall-clock date and time [DOMAIN.md §3].</summary>
    public static string DateTime(DateTimeOffset instant)
    {
        var london = LondonClock.ToLondonTime(instant);
        return $"{london.ToString("d MMMM yyyy", EnGb)} at {london.ToString("HH:mm", EnGb)}";
    }

    public static string Time(DateTimeOffset instant) => LondonClock.ToLondonTime(instant).ToString("HH:mm", EnGb);

    public static string Number(decimal value) => value.ToString("0.##", EnGb);

    public static string Hours(int minutes) => $"{Number(minutes / 60m)} hours";

    public static string Of(ContactType type) => type switch
    {
        ContactType.OfficeAppointment => "Office appointment",
        ContactType.HomeVisit => "Home visit",
        ContactType.Telephone => "Telephone",
        ContactType.Video => "Video call",
        ContactType.RarActivity => "RAR activity",
        ContactType.RarAppointment => "RAR appointment",
        ContactType.UnpaidWorkSession => "Unpaid work session",
        ContactType.ProgrammeSession => "Programme session",
        ContactType.ReportingIn => "Reporting in",
        ContactType.Other => "Other",
        _ => type.ToString(),
    };

    public static string Of(OrderType type) => type switch
    {
        OrderType.CommunityOrder => "Community order",
        OrderType.SuspendedSentenceOrder => "Suspended sentence order",
        OrderType.Licence => "Licence",
        OrderType.PostSentenceSupervision => "Post-sentence supervision",
        _ => type.ToString(),
    };

    public static string Of(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.AttendedComplied => "Attended – complied",
        ContactOutcome.AttendedFailedToComply => "Attended – failed to comply",
        ContactOutcome.AttendedSentHomeBehaviour => "Attended – sent home (behaviour)",
        ContactOutcome.AttendedSentHomeServiceIssues => "Attended – sent home (service issues), stood down",
        ContactOutcome.AcceptableAbsence => "Acceptable absence",
        ContactOutcome.UnacceptableAbsence => "Unacceptable absence / failed to attend",
        ContactOutcome.Rescheduled => "Rescheduled",
        _ => outcome.ToString(),
    };

    public static string Of(AcceptableAbsenceReason reason) => reason switch
    {
        AcceptableAbsenceReason.Medical => "Medical",
        AcceptableAbsenceReason.Employment => "Employment",
        AcceptableAbsenceReason.FamilyOrChildcare => "Family or childcare",
        AcceptableAbsenceReason.CourtOrLegal => "Court or legal",
        AcceptableAbsenceReason.Religious => "Religious",
        AcceptableAbsenceReason.Holiday => "Holiday",
        AcceptableAbsenceReason.RemandedInCustody => "Remanded in custody",
        AcceptableAbsenceReason.ProfessionalJudgement => "Professional judgement",
        _ => reason.ToString(),
    };

    public static string Of(RequirementType type) => type switch
    {
        RequirementType.RehabilitationActivity => "Rehabilitation activity requirement (RAR)",
        RequirementType.UnpaidWork => "Unpaid work",
        RequirementType.AccreditedProgramme => "Accredited programme",
        RequirementType.DrugRehabilitation => "Drug rehabilitation",
        RequirementType.AlcoholTreatment => "Alcohol treatment",
        RequirementType.AlcoholAbstinenceMonitoring => "Alcohol abstinence monitoring",
        RequirementType.MentalHealthTreatment => "Mental health treatment",
        RequirementType.Curfew => "Curfew",
        RequirementType.Exclusion => "Exclusion",
        RequirementType.ProhibitedActivity => "Prohibited activity",
        RequirementType.Residence => "Residence",
        RequirementType.ForeignTravelProhibition => "Foreign travel prohibition",
        RequirementType.AttendanceCentre => "Attendance centre",
        RequirementType.ElectronicMonitoring => "Electronic monitoring",
        _ => type.ToString(),
    };

    public static string Of(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.AwaitingStart => "Awaiting start",
        ProgrammeStatus.WaitingList => "Waiting list",
        ProgrammeStatus.InProgress => "In progress",
        ProgrammeStatus.Completed => "Completed",
        ProgrammeStatus.Cancelled => "Cancelled",
        ProgrammeStatus.NotAvailable => "Not available",
        _ => status.ToString(),
    };

    public static string Of(Needs need) => need switch
    {
        Needs.Accommodation => "Accommodation",
        Needs.EducationTrainingAndEmployment => "Education, training and employment",
        Needs.FinanceBenefitsAndDebt => "Finance, benefits and debt",
        Needs.Relationships => "Relationships",
        Needs.Lifestyle => "Lifestyle",
        Needs.Drugs => "Drugs",
        Needs.Alcohol => "Alcohol",
        Needs.ThinkingAndBehaviour => "Thinking and behaviour",
        Needs.Attitudes => "Attitudes",
        Needs.EmotionalWellbeing => "Emotional wellbeing",
        _ => need.ToString(),
    };

    public static string Of(RiskArea risk) => risk switch
    {
        RiskArea.KeepingOthersSafe => "Keeping others safe",
        RiskArea.Reoffending => "Reoffending",
        _ => "None",
    };

    public static string Of(ReviewTrigger trigger) => trigger switch
    {
        ReviewTrigger.RiskChange => "Risk change",
        ReviewTrigger.NewOffence => "New offence",
        ReviewTrigger.DomesticAbuseOrSafeguardingEvent => "Domestic abuse or safeguarding event",
        ReviewTrigger.ChangeOfAddress => "Change of address",
        _ => trigger.ToString(),
    };

    /// <summary>[DOMAIN.md §9] compliance over the rolling 12 months, as Manage People on Probation words it.</summary>
    public static string Of(TerminationReason reason) => TerminationReasons.Describe(reason);

    public static string Of(BreachCourtOutcome outcome) => outcome switch
    {
        BreachCourtOutcome.NoAction => "No action – the order continues",
        BreachCourtOutcome.Fine => "Fined – the order continues",
        BreachCourtOutcome.Amended => "Order amended",
        BreachCourtOutcome.RevokedAndResentenced => "Order revoked and re-sentenced",
        _ => outcome.ToString(),
    };

    public static string Of(BreachPackStage stage) => stage switch
    {
        BreachPackStage.ToPrepare => "Pack to prepare",
        BreachPackStage.WithCourt => "With the court",
        BreachPackStage.Returned => "Returned by the court",
        BreachPackStage.Closed => "Closed",
        _ => stage.ToString(),
    };

    /// <summary>The order's end as a phrase: "ends 1 October 2025", "ended 1 October 2025 (revoked early for good progress)".</summary>
    public static string EndOf(Order order, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.ActualEndDate is { } ended && order.TerminationReason is { } reason
            ? $"Ended {Date(ended)} ({TerminationReasons.Describe(reason).ToLowerInvariant()})"
            : order.EndDate < today ? $"Ended {Date(order.EndDate)} (end not yet recorded)"
            : $"Ends {Date(order.EndDate)}{(order.Extensions.Count > 0 ? " (extended by the court)" : "")}";
    }

    public static string Of(ComplianceStatus compliance)
    {
        ArgumentNullException.ThrowIfNull(compliance);
        return compliance.Level switch
        {
            ComplianceLevel.NoFailures => "No failures",
            ComplianceLevel.OneFailure => compliance.WarningGiven ? "1 failure – warning given" : "1 failure – no warning given",
            ComplianceLevel.TwoOrMoreFailuresNoBreach => $"{compliance.FailuresInLast12Months} failures – no breach in progress",
            ComplianceLevel.BreachInProgress => "Breach in progress",
            _ => compliance.Level.ToString(),
        };
    }

    /// <summary>GOV.UK tag colour for a compliance level (red for 2+ failures with no breach).</summary>
    public static string TagClass(ComplianceLevel level) => level switch
    {
        ComplianceLevel.NoFailures => "govuk-tag--green",
        ComplianceLevel.OneFailure => "govuk-tag--yellow",
        ComplianceLevel.TwoOrMoreFailuresNoBreach => "govuk-tag--red",
        _ => "govuk-tag--orange",
    };

    public static bool? ParseYesNo(string? value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
