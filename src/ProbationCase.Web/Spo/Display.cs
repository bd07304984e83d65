using System.Globalization;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Web.Spo;

/// <summary>Words and dates as SPO pages show them.</summary>
public static class Display
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", EnGb);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "";

    public static string Date(DateTimeOffset instant) => Date(LondonClock.DateOf(instant));

    public static string Date(DateTimeOffset? instant) => instant is { } value ? Date(value) : "";

    public static string Rosh(RoshLevel rosh) => rosh switch
    {
        RoshLevel.Low => "Low",
        RoshLevel.Medium => "Medium",
        RoshLevel.High => "High",
        RoshLevel.VeryHigh => "Very high",
        _ => "Not assessed",
    };

    public static string RoshTagClass(RoshLevel rosh) => rosh switch
    {
        RoshLevel.VeryHigh or RoshLevel.High => "govuk-tag--red",
        RoshLevel.Medium => "govuk-tag--orange",
        RoshLevel.Low => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Mappa(MappaCategory category, int? level) =>
        category == MappaCategory.None ? "" : $"MAPPA category {(int)category}" + (level is { } l ? $", level {l}" : "");

    public static string Requirement(RequirementType type, int? quantity) => type switch
    {
        RequirementType.RehabilitationActivity => $"RAR, up to {quantity} days",
        RequirementType.UnpaidWork => $"Unpaid work, {quantity} hours",
        RequirementType.AccreditedProgramme => $"Accredited programme, {quantity} sessions",
        _ => Words(type.ToString()),
    };

    public static string DecisionKind(EnforcementDecisionKind kind) => kind switch
    {
        EnforcementDecisionKind.Breach => "Breach",
        _ => "Decision not to breach (professional discretion)",
    };

    public static string DecisionStatus(EnforcementDecisionStatus status) => status switch
    {
        EnforcementDecisionStatus.PendingApproval => "Awaiting SPO approval",
        EnforcementDecisionStatus.Approved => "Approved",
        _ => "Rejected",
    };

    public static string DecisionStatusTagClass(EnforcementDecisionStatus status) => status switch
    {
        EnforcementDecisionStatus.PendingApproval => "govuk-tag--yellow",
        EnforcementDecisionStatus.Approved => "govuk-tag--green",
        _ => "govuk-tag--red",
    };

    /// <summary>"DrugRehabilitation" → "Drug rehabilitation".</summary>
    public static string Words(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
