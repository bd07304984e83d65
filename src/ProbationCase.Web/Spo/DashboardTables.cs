using System.Globalization;
using ProbationCase.Domain.Allocation;

namespace ProbationCase.Web.Spo;

/// <summary>One dashboard table: the same rows on the page and in its CSV download.</summary>
public sealed record DashboardTable(string Key, string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The table as CSV (through <see cref="CsvDownload"/>, which neutralises formulas).</summary>
    public string ToCsv() => CsvDownload.Write(Headers, Rows);
}

/// <summary>
/// The dashboard's tables. Officers are listed by name, never ranked; there is no reoffending figure
/// [DOMAIN.md §11, seed 003 §5]. Every timeliness figure sits beside a quality figure.
/// </summary>
public static class DashboardTables
{
    public const string Caseload = "caseload";
    public const string Timeliness = "timeliness";
    public const string Delivery = "delivery";
    public const string Compliance = "compliance";
    public const string Warnings = "warnings";

    public static IReadOnlyList<DashboardTable> All(TeamDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var rows = dashboard.Officers.Append(dashboard.Team).ToList();
        return
        [
            new(Caseload, "Caseload and workload",
                ["Officer", "Grade", "Cases", "Weighted workload", $"Per cent of {WorkloadWeighting.CaseloadAim}-case aim"],
                rows.Select(r => Row(r.Name, r.Grade is { } g ? SpoTeam.GradeName(g) : "", N(r.Cases), N(r.WeightedWorkload), PercentOfAim(r, dashboard))).ToList()),
            new(Timeliness, "Timeliness beside plan quality",
                ["Officer", "First appointment within 5 business days", "Plan within 15 business days of first appointment", "Plans with the person involved", "Plans with a keep-others-safe objective where needed"],
                rows.Select(r => Row(r.Name, Of(r.FirstAppointmentsOnTime, r.FirstAppointmentsDue), Of(r.PlansOnTime, r.PlansDue), Of(r.PlansPersonInvolved, r.PlansSignedOff), Of(r.PlansWithKeepOthersSafe, r.PlansNeedingKeepOthersSafe))).ToList()),
            new(Delivery, "Delivery of the sentence",
                ["Officer", "RAR days delivered", "RAR days ordered (maximum)", "RAR days pro-rata by today", "Unpaid work hours worked", "Unpaid work hours ordered", "Requirements not started within 4 weeks", "Cases with no face-to-face contact last month"],
                rows.Select(r => Row(r.Name, N(r.RarDaysDelivered), N(r.RarDaysOrdered), D(r.RarDaysProRata), D(r.UnpaidWorkHoursWorked), N(r.UnpaidWorkHoursOrdered), N(r.RequirementsNotStarted), N(r.NoFaceToFaceLastMonth))).ToList()),
            new(Compliance, "Compliance, enforcement and oversight",
                ["Officer", "Cases with outcomes not recorded", "Cases with failures without a decision", "Breaches in progress", "Plan reviews due", "Overdue oversight actions"],
                rows.Select(r => Row(r.Name, N(r.OutcomesNotRecorded), N(r.FailuresWithoutDecision), N(r.BreachesInProgress), N(r.ReviewsOverdue), N(r.OverdueOversightActions))).ToList()),
            new(Warnings, "Cases needing action, as on each officer's caseload",
                ["Officer", .. Domain.Caseload.CaseloadWarnings.All.Select(warning => UiDefaults.Of(warning))],
                rows.Select(r => (IReadOnlyList<string>)[r.Name, .. Domain.Caseload.CaseloadWarnings.All.Select(w => N(r.Warnings.GetValueOrDefault(w)))]).ToList()),
        ];
    }

    private static string[] Row(params string[] cells) => cells;

    // The aim is per officer: the whole team's row is measured against the aim times the officers it sums.
    private static string PercentOfAim(DashboardFigures row, TeamDashboard dashboard) =>
        row.OfficerId is not null ? N(WorkloadWeighting.PercentOfAim(row.Cases))
        : dashboard.Officers.Count == 0 ? "No officers"
        : N(WorkloadWeighting.PercentOfAim(row.Cases, dashboard.Officers.Count));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Of(int part, int whole) =>
        whole == 0 ? "None due" : $"{part} of {whole} ({DashboardFigures.Percent(part, whole)}%)";
}
