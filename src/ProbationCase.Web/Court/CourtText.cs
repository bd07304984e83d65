using System.Globalization;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Court;

/// <summary>How court work codes read on screen and in downloads.</summary>
public static class CourtText
{
    public static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", UkCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "Not recorded";

    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", UkCulture);

    public static string Type(PsrType type) => type switch
    {
        PsrType.Oral => "Oral",
        PsrType.FastDelivery => "Fast delivery",
        _ => "Standard delivery",
    };

    public static string Status(PsrStatus status) => status switch
    {
        PsrStatus.NotStarted => "Not started",
        PsrStatus.InProgress => "In progress",
        PsrStatus.Ready => "Ready",
        PsrStatus.Delivered => "Delivered",
        _ => "Sentenced",
    };

    /// <summary>GOV.UK tag colours: grey not started, blue in progress, green ready, purple delivered, no colour once sentenced.</summary>
    public static string StatusTagClass(PsrStatus status) => status switch
    {
        PsrStatus.NotStarted => "govuk-tag govuk-tag--grey",
        PsrStatus.InProgress => "govuk-tag govuk-tag--light-blue",
        PsrStatus.Ready => "govuk-tag govuk-tag--green",
        PsrStatus.Delivered => "govuk-tag govuk-tag--purple",
        _ => "govuk-tag",
    };

    public static string Sentence(SentenceKind kind) => kind switch
    {
        SentenceKind.Discharge => "Discharge",
        SentenceKind.Fine => "Fine",
        SentenceKind.CommunityOrder => "Community order",
        SentenceKind.SuspendedSentenceOrder => "Suspended sentence order",
        _ => "Custody",
    };

    public static string Concordance(Concordance concordance) => concordance switch
    {
        Domain.Court.Concordance.Same => "Same as proposed",
        Domain.Court.Concordance.MoreSevere => "More severe than proposed",
        _ => "Less severe than proposed",
    };

    public static string Check(PreSentenceCheckKind kind) => kind switch
    {
        PreSentenceCheckKind.PoliceDomesticAbuse => "Police domestic abuse check",
        _ => "Children's services check",
    };

    /// <summary>The route value for a check: /Court/Reports/{id}/Checks/{slug}.</summary>
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

    /// <summary>A requirement with its quantity: "RAR: 25 days", "Unpaid work: 100 hours".</summary>
    public static string RequirementWithQuantity(RequirementType type, int? quantity, string? programmeName) => type switch
    {
        RequirementType.RehabilitationActivity => $"RAR: {quantity} days",
        RequirementType.UnpaidWork => $"Unpaid work: {quantity} hours",
        RequirementType.AccreditedProgramme => $"Accredited programme: {programmeName} ({quantity} sessions)",
        _ => quantity is { } days ? $"{CaseText.Of(type)}: {days} days" : CaseText.Of(type),
    };

    public static string Rosh(RoshLevel level) => level switch
    {
        RoshLevel.NotAssessed => "Not screened",
        RoshLevel.Low => "Low",
        RoshLevel.Medium => "Medium",
        RoshLevel.High => "High",
        _ => "Very high",
    };

    public static string AtRisk(PeopleAtRisk atRisk)
    {
        var names = new List<string>();
        if (atRisk.HasFlag(PeopleAtRisk.Public)) names.Add("Public");
        if (atRisk.HasFlag(PeopleAtRisk.KnownAdult)) names.Add("Known adult");
        if (atRisk.HasFlag(PeopleAtRisk.Children)) names.Add("Children");
        if (atRisk.HasFlag(PeopleAtRisk.Staff)) names.Add("Staff");
        return names.Count == 0 ? "No one recorded" : string.Join(", ", names);
    }

    public static string Need(Needs need) => need switch
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
        _ => "None",
    };

    public static IReadOnlyList<Needs> AllNeeds { get; } = Enum.GetValues<Needs>().Where(need => need != Needs.None).ToList();

    public static string InterventionType(InterventionType type) => type switch
    {
        Domain.Interventions.InterventionType.AccreditedProgramme => "Accredited programme",
        _ => "RAR activity",
    };

    /// <summary>[DOMAIN.md §4, seed 003] the words for each RAR proposal warning.</summary>
    public static string RarWarning(RarProposalWarning warning, int days, int? ogrsPercent, TimelinessPolicy policy) => warning switch
    {
        RarProposalWarning.MoreThanGuidanceLimit =>
            $"{days} RAR days is more than the {policy.RarProposalWarnAboveDays} days HMPPS guidance recommends proposing. The court may still order more.",
        _ => $"OGRS is {ogrsPercent}%: a RAR is being proposed for someone at low likelihood of reoffending (below {policy.LowLikelihoodOgrsBelowPercent}%).",
    };
}
