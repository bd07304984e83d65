using System.Globalization;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>The words and GOV.UK tag colours the case pages use for codes, in one place.</summary>
public static class CaseDisplay
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", EnGb);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "None";

    /// <summary>A stored UTC instant as London date and time [DOMAIN.md §3].</summary>
    public static string DateTime(DateTimeOffset instant) =>
        LondonClock.ToLondonTime(instant).ToString("d MMM yyyy, h:mmtt", EnGb).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    public static string DateTime(DateTimeOffset? instant) => instant is { } value ? DateTime(value) : "None";

    public static string Rosh(RoshLevel level) => level switch
    {
        RoshLevel.Low => "Low",
        RoshLevel.Medium => "Medium",
        RoshLevel.High => "High",
        RoshLevel.VeryHigh => "Very high",
        _ => "Not assessed",
    };

    public static string RoshTagClass(RoshLevel level) => level switch
    {
        RoshLevel.Low => "govuk-tag--green",
        RoshLevel.Medium => "govuk-tag--yellow",
        RoshLevel.High => "govuk-tag--orange",
        RoshLevel.VeryHigh => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    public static string? Mappa(MappaCategory category, int? level) =>
        category == MappaCategory.None ? null : $"MAPPA category {(int)category}{(level is { } l ? $", level {l}" : "")}";

    public static IReadOnlyList<string> Flags(RiskFlags flags)
    {
        var names = new List<string>();
        if (flags.HasFlag(RiskFlags.DomesticAbuse)) names.Add("Domestic abuse");
        if (flags.HasFlag(RiskFlags.ChildProtectionOrSafeguarding)) names.Add("Safeguarding");
        if (flags.HasFlag(RiskFlags.RiskToStaff)) names.Add("Risk to staff");
        if (flags.HasFlag(RiskFlags.RegisteredSexualOffender)) names.Add("Registered sexual offender");
        if (flags.HasFlag(RiskFlags.IntegratedOffenderManagement)) names.Add("IOM");
        if (flags.HasFlag(RiskFlags.NoFixedAbode)) names.Add("No fixed abode");
        return names;
    }

    public static IReadOnlyList<string> PeopleAtRisk(PeopleAtRisk atRisk)
    {
        var names = new List<string>();
        if (atRisk.HasFlag(Domain.People.PeopleAtRisk.Public)) names.Add("Public");
        if (atRisk.HasFlag(Domain.People.PeopleAtRisk.KnownAdult)) names.Add("Known adult");
        if (atRisk.HasFlag(Domain.People.PeopleAtRisk.Children)) names.Add("Children");
        if (atRisk.HasFlag(Domain.People.PeopleAtRisk.Staff)) names.Add("Staff");
        return names;
    }

    public static IReadOnlyList<string> Needs(Needs needs) =>
        Enum.GetValues<Needs>().Where(need => need != Domain.People.Needs.None && needs.HasFlag(need)).Select(Need).ToList();

    public static string Need(Needs need) => need switch
    {
        Domain.People.Needs.Accommodation => "Accommodation",
        Domain.People.Needs.EducationTrainingAndEmployment => "Education, training and employment",
        Domain.People.Needs.FinanceBenefitsAndDebt => "Finance, benefits and debt",
        Domain.People.Needs.Relationships => "Relationships",
        Domain.People.Needs.Lifestyle => "Lifestyle",
        Domain.People.Needs.Drugs => "Drugs",
        Domain.People.Needs.Alcohol => "Alcohol",
        Domain.People.Needs.ThinkingAndBehaviour => "Thinking and behaviour",
        Domain.People.Needs.Attitudes => "Attitudes",
        Domain.People.Needs.EmotionalWellbeing => "Emotional wellbeing",
        _ => need.ToString(),
    };

    public static string Warning(CaseloadWarning warning) => warning switch
    {
        CaseloadWarning.OutcomeNotRecorded => "Outcome not recorded",
        CaseloadWarning.PlanOverdue => "Plan overdue",
        CaseloadWarning.PlanDue => "Plan due",
        CaseloadWarning.FirstAppointmentLate => "First appointment late",
        CaseloadWarning.RequirementNotStarted => "Requirement not started",
        CaseloadWarning.FailureWithoutDecision => "Failure needs a decision",
        CaseloadWarning.ReviewDue => "Review due",
        CaseloadWarning.RarBehindPace => "RAR behind pace",
        CaseloadWarning.UnpaidWorkBehindPace => "Unpaid work behind pace",
        _ => warning.ToString(),
    };

    public static string WarningTagClass(CaseloadWarning warning) => warning switch
    {
        CaseloadWarning.PlanDue or CaseloadWarning.ReviewDue => "govuk-tag--yellow",
        CaseloadWarning.RarBehindPace or CaseloadWarning.UnpaidWorkBehindPace => "govuk-tag--orange",
        _ => "govuk-tag--red",
    };

    public static string OrderType(OrderType type) => type switch
    {
        Domain.Orders.OrderType.CommunityOrder => "Community order",
        Domain.Orders.OrderType.SuspendedSentenceOrder => "Suspended sentence order",
        Domain.Orders.OrderType.Licence => "Licence",
        Domain.Orders.OrderType.PostSentenceSupervision => "Post-sentence supervision",
        _ => type.ToString(),
    };

    public static string ContactType(ContactType type) => type switch
    {
        Domain.Contacts.ContactType.OfficeAppointment => "Office appointment",
        Domain.Contacts.ContactType.HomeVisit => "Home visit",
        Domain.Contacts.ContactType.Telephone => "Telephone",
        Domain.Contacts.ContactType.Video => "Video",
        Domain.Contacts.ContactType.RarActivity => "RAR activity",
        Domain.Contacts.ContactType.RarAppointment => "RAR appointment",
        Domain.Contacts.ContactType.UnpaidWorkSession => "Unpaid work session",
        Domain.Contacts.ContactType.ProgrammeSession => "Programme session",
        Domain.Contacts.ContactType.ReportingIn => "Reporting in",
        _ => "Other",
    };

    public static string Outcome(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.AttendedComplied => "Attended – complied",
        ContactOutcome.AttendedFailedToComply => "Attended – failed to comply",
        ContactOutcome.AttendedSentHomeBehaviour => "Attended – sent home (behaviour)",
        ContactOutcome.AttendedSentHomeServiceIssues => "Attended – sent home (service issues)",
        ContactOutcome.AcceptableAbsence => "Acceptable absence",
        ContactOutcome.UnacceptableAbsence => "Unacceptable absence",
        ContactOutcome.Rescheduled => "Rescheduled",
        _ => outcome.ToString(),
    };

    public static string OutcomeTagClass(ContactOutcome outcome) =>
        outcome.IsEnforceable() ? "govuk-tag--red" : outcome == ContactOutcome.AttendedComplied ? "govuk-tag--green" : "govuk-tag--grey";

    public static string RequirementStatus(RequirementStatus status) => status switch
    {
        Domain.Requirements.RequirementStatus.AwaitingStart => "Awaiting start",
        Domain.Requirements.RequirementStatus.InProgress => "In progress",
        Domain.Requirements.RequirementStatus.Completed => "Completed",
        Domain.Requirements.RequirementStatus.Terminated => "Terminated",
        Domain.Requirements.RequirementStatus.NotDelivered => "Not delivered",
        _ => status.ToString(),
    };

    public static string Compliance(ComplianceStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Level switch
        {
            ComplianceLevel.NoFailures => "No failures in the last 12 months",
            ComplianceLevel.OneFailure => status.WarningGiven ? "1 failure in the last 12 months, warning given" : "1 failure in the last 12 months, no warning given",
            ComplianceLevel.TwoOrMoreFailuresNoBreach => $"{status.FailuresInLast12Months} failures in the last 12 months, no breach in progress",
            ComplianceLevel.BreachInProgress => "Breach in progress",
            _ => status.Level.ToString(),
        };
    }

    public static string ComplianceTagClass(ComplianceLevel level) => level switch
    {
        ComplianceLevel.NoFailures => "govuk-tag--green",
        ComplianceLevel.OneFailure => "govuk-tag--yellow",
        _ => "govuk-tag--red",
    };
}
