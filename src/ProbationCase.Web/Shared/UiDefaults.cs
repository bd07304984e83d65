using System.Globalization;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Web;

/// <summary>
/// The one display vocabulary for the whole UI (STYLE.md "One display vocabulary", after teaching-record-system's
/// UiDefaults): GOV.UK date and time styles in London time [DOMAIN.md §3], the one text for a missing value, the one
/// RoSH colour scale, and the names of orders, requirements, contacts, outcomes and court work.
/// </summary>
public static class UiDefaults
{
    public static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The one text shown wherever a value has not been recorded.</summary>
    public const string NotRecorded = "Not recorded";

    /// <summary>A list that was looked at and is empty (no flags, no outstanding checks): a fact, not a missing value.</summary>
    public const string NoneListed = "None";

    /// <summary>GOV.UK date style: "16 February 2026".</summary>
    public const string DateFormat = "d MMMM yyyy";

    public const string ConcurrencyConflict = "Someone else changed this record while you were working on it";

    // ---- Dates and times -------------------------------------------------------------------------------------

    public static string Date(DateOnly date) => date.ToString(DateFormat, EnGb);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : NotRecorded;

    /// <summary>The London calendar date of a stored UTC instant [DOMAIN.md §3].</summary>
    public static string Date(DateTimeOffset instant) => Date(LondonClock.DateOf(instant));

    public static string Date(DateTimeOffset? instant) => instant is { } value ? Date(value) : NotRecorded;

    /// <summary>A date with its weekday, where the day matters (bank holidays): "Friday 29 March 2024".</summary>
    public static string DateWithDay(DateOnly date) => date.ToString($"dddd {DateFormat}", EnGb);

    /// <summary>"February 2026".</summary>
    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", EnGb);

    /// <summary>GOV.UK time style: "10am", "10:30am", "midday", "midnight", "12:30pm".</summary>
    public static string Time(TimeOnly time) => (time.Hour, time.Minute) switch
    {
        (0, 0) => "midnight",
        (12, 0) => "midday",
        var (hour, minute) => $"{(hour % 12 == 0 ? 12 : hour % 12)}{(minute == 0 ? "" : $":{minute:00}")}{(hour < 12 ? "am" : "pm")}",
    };

    /// <summary>A stored UTC instant as the London wall-clock time [DOMAIN.md §3].</summary>
    public static string Time(DateTimeOffset instant) => Time(TimeOnly.FromDateTime(LondonClock.ToLondonTime(instant).DateTime));

    /// <summary>A stored UTC instant as London date and time: "16 February 2026 at 10:30am" [DOMAIN.md §3].</summary>
    public static string DateTime(DateTimeOffset instant) => $"{Date(instant)} at {Time(instant)}";

    public static string DateTime(DateTimeOffset? instant) => instant is { } value ? DateTime(value) : NotRecorded;

    /// <summary>A length of time in words: "45 minutes", "1 hour", "1 hour 30 minutes", "2 hours".</summary>
    public static string Duration(TimeSpan length)
    {
        var hours = (int)length.TotalHours;
        var minutes = length.Minutes;
        var hourText = hours == 0 ? "" : hours == 1 ? "1 hour" : $"{hours} hours";
        var minuteText = minutes == 0 ? "" : minutes == 1 ? "1 minute" : $"{minutes} minutes";
        return string.Join(" ", new[] { hourText, minuteText }.Where(part => part.Length > 0)) is { Length: > 0 } text ? text : "0 minutes";
    }

    // ---- Numbers -----------------------------------------------------------------------------------------------

    public static string Number(decimal value) => value.ToString("0.##", EnGb);

    /// <summary>A count in a sentence: 1,000 rather than 1000.</summary>
    public static string Count(int value) => value.ToString("N0", EnGb);

    /// <summary>A list's total, counted only up to its cap: "1,000" or "more than 1,000".</summary>
    public static string Count(CappedCount count) => count.IsMoreThanCap ? $"more than {Count(count.Cap)}" : Count(count.Counted);

    public static string Hours(int minutes) => $"{Number(minutes / 60m)} hours";

    /// <summary>A recorded free-text value, or the missing-value text.</summary>
    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? NotRecorded : value;

    // ---- Risk ---------------------------------------------------------------------------------------------------

    public static string Of(RoshLevel level) => level switch
    {
        RoshLevel.Low => "Low",
        RoshLevel.Medium => "Medium",
        RoshLevel.High => "High",
        RoshLevel.VeryHigh => "Very high",
        _ => "Not assessed",
    };

    /// <summary>The one RoSH colour scale: one GOV.UK tag colour per level, on every page.</summary>
    public static string RoshTagClass(RoshLevel level) => level switch
    {
        RoshLevel.Low => "govuk-tag--green",
        RoshLevel.Medium => "govuk-tag--yellow",
        RoshLevel.High => "govuk-tag--orange",
        RoshLevel.VeryHigh => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    /// <summary>"MAPPA category 2, level 1", or null where the person is not MAPPA eligible.</summary>
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

    /// <summary>"Public, Children", or the missing-value text.</summary>
    public static string Of(PeopleAtRisk atRisk)
    {
        var names = new List<string>();
        if (atRisk.HasFlag(PeopleAtRisk.Public)) names.Add("Public");
        if (atRisk.HasFlag(PeopleAtRisk.KnownAdult)) names.Add("Known adult");
        if (atRisk.HasFlag(PeopleAtRisk.Children)) names.Add("Children");
        if (atRisk.HasFlag(PeopleAtRisk.Staff)) names.Add("Staff");
        return names.Count == 0 ? NotRecorded : string.Join(", ", names);
    }

    public static IReadOnlyList<Needs> AllNeeds { get; } = Enum.GetValues<Needs>().Where(need => need != Needs.None).ToList();

    public static IReadOnlyList<string> NeedNames(Needs needs) =>
        AllNeeds.Where(need => needs.HasFlag(need)).Select(need => Of(need)).ToList();

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
        _ => NotRecorded,
    };

    public static string Of(RiskArea risk) => risk switch
    {
        RiskArea.KeepingOthersSafe => "Keeping others safe",
        RiskArea.Reoffending => "Reoffending",
        _ => "None – it addresses a need",
    };

    // ---- Orders, requirements and contacts -------------------------------------------------------------------

    public static string Of(OrderType type) => type switch
    {
        OrderType.CommunityOrder => "Community order",
        OrderType.SuspendedSentenceOrder => "Suspended sentence order",
        OrderType.Licence => "Licence",
        OrderType.PostSentenceSupervision => "Post-sentence supervision",
        _ => type.ToString(),
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

    /// <summary>A requirement with its quantity: "RAR: 25 days", "Unpaid work: 100 hours".</summary>
    public static string Requirement(RequirementType type, int? quantity, string? programmeName = null) => type switch
    {
        RequirementType.RehabilitationActivity => $"RAR: {quantity} days",
        RequirementType.UnpaidWork => $"Unpaid work: {quantity} hours",
        RequirementType.AccreditedProgramme => programmeName is null
            ? $"Accredited programme: {quantity} sessions"
            : $"Accredited programme: {programmeName} ({quantity} sessions)",
        _ => quantity is { } days ? $"{Of(type)}: {days} days" : Of(type),
    };

    public static string Of(RequirementStatus status) => status switch
    {
        RequirementStatus.AwaitingStart => "Awaiting start",
        RequirementStatus.InProgress => "In progress",
        RequirementStatus.Completed => "Completed",
        RequirementStatus.Terminated => "Terminated",
        RequirementStatus.NotDelivered => "Not delivered",
        _ => status.ToString(),
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
        _ => "Other",
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

    /// <summary>Red for an enforceable outcome [DOMAIN.md §9], green for complied, grey otherwise.</summary>
    public static string TagClass(ContactOutcome outcome) =>
        outcome.IsEnforceable() ? "govuk-tag--red" : outcome == ContactOutcome.AttendedComplied ? "govuk-tag--green" : "govuk-tag--grey";

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

    public static string Of(ReviewTrigger trigger) => trigger switch
    {
        ReviewTrigger.RiskChange => "Risk change",
        ReviewTrigger.NewOffence => "New offence",
        ReviewTrigger.DomesticAbuseOrSafeguardingEvent => "Domestic abuse or safeguarding event",
        ReviewTrigger.ChangeOfAddress => "Change of address",
        _ => trigger.ToString(),
    };

    public static string Of(CaseloadWarning warning) => warning switch
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

    /// <summary>What each dashboard figure counts, as the team caseload's filter names it.</summary>
    public static string Of(CaseloadMeasure measure) => measure switch
    {
        CaseloadMeasure.FirstAppointmentMeasured => "First appointment due",
        CaseloadMeasure.FirstAppointmentOnTime => "First appointment on time",
        CaseloadMeasure.PlanMeasured => "Plan due",
        CaseloadMeasure.PlanOnTime => "Plan on time",
        CaseloadMeasure.PlanSignedOff => "Plan signed off",
        CaseloadMeasure.PlanPersonInvolved => "Plan with the person involved",
        CaseloadMeasure.PlanNeedsKeepOthersSafe => "Plan needs a keep-others-safe objective",
        CaseloadMeasure.PlanKeepsOthersSafe => "Plan has the keep-others-safe objective it needs",
        CaseloadMeasure.RarOrdered => "RAR ordered",
        CaseloadMeasure.UnpaidWorkOrdered => "Unpaid work ordered",
        CaseloadMeasure.NoFaceToFaceLastMonth => "No face-to-face contact last month",
        CaseloadMeasure.BreachInProgress => "Breach in progress",
        CaseloadMeasure.OversightActionOverdue => "Oversight action overdue",
        _ => measure.ToString(),
    };

    public static string TagClass(CaseloadWarning warning) => warning switch
    {
        CaseloadWarning.PlanDue or CaseloadWarning.ReviewDue => "govuk-tag--yellow",
        CaseloadWarning.RarBehindPace or CaseloadWarning.UnpaidWorkBehindPace => "govuk-tag--orange",
        _ => "govuk-tag--red",
    };

    /// <summary>The order's end as a phrase: "Ends 1 October 2025", "Ended 1 October 2025 (revoked early for good progress)".</summary>
    public static string EndOf(Order order, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.ActualEndDate is { } ended && order.TerminationReason is { } reason
            ? $"Ended {Date(ended)} ({TerminationReasons.Describe(reason).ToLowerInvariant()})"
            : order.EndDate < today ? $"Ended {Date(order.EndDate)} (end not yet recorded)"
            : $"Ends {Date(order.EndDate)}{(order.Extensions.Count > 0 ? " (extended by the court)" : "")}";
    }

    public static string Of(TerminationReason reason) => TerminationReasons.Describe(reason);

    // ---- Compliance and enforcement [DOMAIN.md §9] ---------------------------------------------------------------

    /// <summary>Compliance over the rolling 12 months, as Manage People on Probation words it.</summary>
    public static string Of(ComplianceStatus compliance)
    {
        ArgumentNullException.ThrowIfNull(compliance);
        return compliance.Level switch
        {
            ComplianceLevel.NoFailures => "No failures in the last 12 months",
            ComplianceLevel.OneFailure => compliance.WarningGiven ? "1 failure in the last 12 months, warning given" : "1 failure in the last 12 months, no warning given",
            ComplianceLevel.TwoOrMoreFailuresNoBreach => $"{compliance.FailuresInLast12Months} failures in the last 12 months, no breach in progress",
            ComplianceLevel.BreachInProgress => "Breach in progress",
            _ => compliance.Level.ToString(),
        };
    }

    /// <summary>Green no failures, yellow one, red two or more with no breach, orange while a breach is in progress.</summary>
    public static string TagClass(ComplianceLevel level) => level switch
    {
        ComplianceLevel.NoFailures => "govuk-tag--green",
        ComplianceLevel.OneFailure => "govuk-tag--yellow",
        ComplianceLevel.TwoOrMoreFailuresNoBreach => "govuk-tag--red",
        _ => "govuk-tag--orange",
    };

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

    public static string Of(EnforcementDecisionKind kind) => kind switch
    {
        EnforcementDecisionKind.Breach => "Breach",
        _ => "Decision not to breach (professional discretion)",
    };

    public static string Of(EnforcementDecisionStatus status) => status switch
    {
        EnforcementDecisionStatus.PendingApproval => "Awaiting SPO approval",
        EnforcementDecisionStatus.Approved => "Approved",
        _ => "Rejected",
    };

    public static string TagClass(EnforcementDecisionStatus status) => status switch
    {
        EnforcementDecisionStatus.PendingApproval => "govuk-tag--yellow",
        EnforcementDecisionStatus.Approved => "govuk-tag--green",
        _ => "govuk-tag--red",
    };

    // ---- Court work ------------------------------------------------------------------------------------------------

    public static string Of(PsrType type) => type switch
    {
        PsrType.Oral => "Oral",
        PsrType.FastDelivery => "Fast delivery",
        _ => "Standard delivery",
    };

    public static string Of(PsrStatus status) => status switch
    {
        PsrStatus.NotStarted => "Not started",
        PsrStatus.InProgress => "In progress",
        PsrStatus.Ready => "Ready",
        PsrStatus.Delivered => "Delivered",
        _ => "Sentenced",
    };

    /// <summary>Grey not started, blue in progress, green ready, purple delivered, no colour once sentenced.</summary>
    public static string TagClass(PsrStatus status) => status switch
    {
        PsrStatus.NotStarted => "govuk-tag--grey",
        PsrStatus.InProgress => "govuk-tag--light-blue",
        PsrStatus.Ready => "govuk-tag--green",
        PsrStatus.Delivered => "govuk-tag--purple",
        _ => "",
    };

    public static string Of(SentenceKind kind) => kind switch
    {
        SentenceKind.Discharge => "Discharge",
        SentenceKind.Fine => "Fine",
        SentenceKind.CommunityOrder => "Community order",
        SentenceKind.SuspendedSentenceOrder => "Suspended sentence order",
        _ => "Custody",
    };

    public static string Of(Concordance concordance) => concordance switch
    {
        Concordance.Same => "Same as proposed",
        Concordance.MoreSevere => "More severe than proposed",
        _ => "Less severe than proposed",
    };

    public static string Of(PreSentenceCheckKind kind) => kind switch
    {
        PreSentenceCheckKind.PoliceDomesticAbuse => "Police domestic abuse check",
        _ => "Children's services check",
    };

    /// <summary>The route word for a check: /Court/Reports/{id}/Checks/{slug}.</summary>
    public static string CheckSlug(PreSentenceCheckKind kind) => kind switch
    {
        PreSentenceCheckKind.PoliceDomesticAbuse => "police",
        _ => "childrens-services",
    };

    public static PreSentenceCheckKind? CheckFromSlug(string? slug) => slug switch
    {
        "police" => PreSentenceCheckKind.PoliceDomesticAbuse,
        "childrens-services" => PreSentenceCheckKind.ChildrensServices,
        _ => null,
    };

    public static string Of(InterventionType type) => type switch
    {
        InterventionType.AccreditedProgramme => "Accredited programme",
        _ => "RAR activity",
    };

    /// <summary>[DOMAIN.md §4, seed 003] the words for each RAR proposal warning.</summary>
    public static string RarWarning(RarProposalWarning warning, int days, int? ogrsPercent, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return warning switch
        {
            RarProposalWarning.MoreThanGuidanceLimit =>
                $"{days} RAR days is more than the {policy.RarProposalWarnAboveDays} days HMPPS guidance recommends proposing. The court may still order more.",
            _ => $"OGRS is {ogrsPercent}%: a RAR is being proposed for someone at low likelihood of reoffending (below {policy.LowLikelihoodOgrsBelowPercent}%).",
        };
    }

    /// <summary>"DrugRehabilitation" → "Drug rehabilitation".</summary>
    public static string Words(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            builder.Append(i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : c.ToString());
        }

        return builder.ToString();
    }
}
