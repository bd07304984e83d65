using System.Globalization;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Caseload;
using ProbationCase.Web.Cases.Queries;

namespace ProbationCase.Web.Spo;

/// <summary>Part of a dashboard cell: text, and where it links (the team caseload filtered to the cases it counts).</summary>
public sealed record CellPart(string Text, string? Href = null, string? HiddenContext = null, bool CountsCases = true);

/// <summary>One dashboard cell: plain text, or figures that each link to their cases.</summary>
public sealed record DashboardCell(IReadOnlyList<CellPart> Parts)
{
    public string Text => string.Concat(Parts.Select(part => part.Text));

    public static DashboardCell Plain(string text) => new([new CellPart(text)]);
}

/// <summary>One dashboard table: the same rows on the page and in its CSV download.</summary>
public sealed record DashboardTable(string Key, string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<DashboardCell>> Rows)
{
    /// <summary>The table as CSV (through <see cref="CsvDownload"/>, which neutralises formulas).</summary>
    public string ToCsv() => CsvDownload.Write(Headers, Rows.Select(row => row.Select(cell => cell.Text)));
}

/// <summary>
/// The dashboard's tables. Officers are listed by name, never ranked; there is no reoffending figure
/// [DOMAIN.md §11, seed 003 §5]. Every timeliness figure sits beside a quality figure. Every figure that counts
/// cases links to the team caseload filtered by the same rule (<see cref="CaseloadWarnings"/>,
/// <see cref="CaseloadMeasures"/>) and the officer, so the figure and the list are one statement.
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
                rows.Select(r => Row(Plain(r.Name), Plain(r.Grade is { } g ? SpoTeam.GradeName(g) : ""), Cases(r, r.Cases, "cases"), Plain(N(r.WeightedWorkload)), Plain(PercentOfAim(r, dashboard)))).ToList()),
            new(Timeliness, "Timeliness beside plan quality",
                ["Officer", "First appointment within 5 business days", "Plan within 15 business days of first appointment", "Plans with the person involved", "Plans with a keep-others-safe objective where needed"],
                rows.Select(r => Row(
                    Plain(r.Name),
                    Of(r, r.FirstAppointmentsOnTime, CaseloadMeasure.FirstAppointmentOnTime, r.FirstAppointmentsDue, CaseloadMeasure.FirstAppointmentMeasured),
                    Of(r, r.PlansOnTime, CaseloadMeasure.PlanOnTime, r.PlansDue, CaseloadMeasure.PlanMeasured),
                    Of(r, r.PlansPersonInvolved, CaseloadMeasure.PlanPersonInvolved, r.PlansSignedOff, CaseloadMeasure.PlanSignedOff),
                    Of(r, r.PlansWithKeepOthersSafe, CaseloadMeasure.PlanKeepsOthersSafe, r.PlansNeedingKeepOthersSafe, CaseloadMeasure.PlanNeedsKeepOthersSafe))).ToList()),
            new(Delivery, "Delivery of the sentence",
                ["Officer", "RAR days delivered", "RAR days ordered (maximum)", "RAR days pro-rata by today", "Unpaid work hours worked", "Unpaid work hours ordered", "Requirements not started within 4 weeks", "Cases with no face-to-face contact last month"],
                rows.Select(r => Row(
                    Plain(r.Name),
                    Sum(r, N(r.RarDaysDelivered), CaseloadMeasure.RarOrdered, "RAR days delivered"),
                    Sum(r, N(r.RarDaysOrdered), CaseloadMeasure.RarOrdered, "RAR days ordered"),
                    Sum(r, D(r.RarDaysProRata), CaseloadMeasure.RarOrdered, "RAR days pro-rata"),
                    Sum(r, D(r.UnpaidWorkHoursWorked), CaseloadMeasure.UnpaidWorkOrdered, "unpaid work hours worked"),
                    Sum(r, N(r.UnpaidWorkHoursOrdered), CaseloadMeasure.UnpaidWorkOrdered, "unpaid work hours ordered"),
                    Warned(r, r.RequirementsNotStarted, CaseloadWarning.RequirementNotStarted),
                    Measured(r, r.NoFaceToFaceLastMonth, CaseloadMeasure.NoFaceToFaceLastMonth))).ToList()),
            new(Compliance, "Compliance, enforcement and oversight",
                ["Officer", "Cases with outcomes not recorded", "Cases with failures without a decision", "Breaches in progress", "Plan reviews due", "Overdue oversight actions"],
                rows.Select(r => Row(
                    Plain(r.Name),
                    Warned(r, r.OutcomesNotRecorded, CaseloadWarning.OutcomeNotRecorded),
                    Warned(r, r.FailuresWithoutDecision, CaseloadWarning.FailureWithoutDecision),
                    Measured(r, r.BreachesInProgress, CaseloadMeasure.BreachInProgress),
                    Warned(r, r.ReviewsOverdue, CaseloadWarning.ReviewDue),
                    Sum(r, N(r.OverdueOversightActions), CaseloadMeasure.OversightActionOverdue, "overdue oversight actions"))).ToList()),
            new(Warnings, "Cases needing action, as on each officer's caseload",
                ["Officer", .. CaseloadWarnings.All.Select(warning => UiDefaults.Of(warning))],
                rows.Select(r => (IReadOnlyList<DashboardCell>)[Plain(r.Name), .. CaseloadWarnings.All.Select(w => Warned(r, r.Warnings.GetValueOrDefault(w), w))]).ToList()),
        ];
    }

    /// <summary>The team caseload showing the cases a row's figure counts: the officer's (none for the whole team), filtered.</summary>
    public static string CaseloadLink(Guid? officerId, CaseloadWarning? warning = null, CaseloadMeasure? measure = null) =>
        QueryLinks.With("/Spo/Caseload", [], ("Officer", officerId?.ToString()), ("Warning", warning?.ToString()), ("Measure", measure?.ToString()));

    private static DashboardCell[] Row(params DashboardCell[] cells) => cells;

    private static DashboardCell Plain(string text) => DashboardCell.Plain(text);

    private static string For(DashboardFigures row) => row.OfficerId is null ? "the whole team" : row.Name;

    private static DashboardCell Cases(DashboardFigures row, int count, string what) =>
        new([new CellPart(N(count), CaseloadLink(row.OfficerId), $" {what}: {For(row)}")]);

    private static DashboardCell Warned(DashboardFigures row, int count, CaseloadWarning warning) =>
        new([new CellPart(N(count), CaseloadLink(row.OfficerId, warning: warning), $" cases, {UiDefaults.Of(warning).ToLowerInvariant()}: {For(row)}")]);

    private static DashboardCell Measured(DashboardFigures row, int count, CaseloadMeasure measure) =>
        new([new CellPart(N(count), CaseloadLink(row.OfficerId, measure: measure), $" cases, {UiDefaults.Of(measure).ToLowerInvariant()}: {For(row)}")]);

    /// <summary>A sum over cases (days, hours, actions): it links to the cases it is summed over.</summary>
    private static DashboardCell Sum(DashboardFigures row, string total, CaseloadMeasure over, string what) =>
        new([new CellPart(total, CaseloadLink(row.OfficerId, measure: over), $" {what}, over the cases: {UiDefaults.Of(over).ToLowerInvariant()}, {For(row)}", CountsCases: false)]);

    // The aim is per officer: the whole team's row is measured against the aim times the officers it sums.
    private static string PercentOfAim(DashboardFigures row, TeamDashboard dashboard) =>
        row.OfficerId is not null ? N(WorkloadWeighting.PercentOfAim(row.Cases))
        : dashboard.Officers.Count == 0 ? "No officers"
        : N(WorkloadWeighting.PercentOfAim(row.Cases, dashboard.Officers.Count));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static DashboardCell Of(DashboardFigures row, int part, CaseloadMeasure partMeasure, int whole, CaseloadMeasure wholeMeasure) =>
        whole == 0
            ? Plain("None due")
            : new([
                new CellPart(N(part), CaseloadLink(row.OfficerId, measure: partMeasure), $" cases, {UiDefaults.Of(partMeasure).ToLowerInvariant()}: {For(row)}"),
                new CellPart(" of "),
                new CellPart(N(whole), CaseloadLink(row.OfficerId, measure: wholeMeasure), $" cases, {UiDefaults.Of(wholeMeasure).ToLowerInvariant()}: {For(row)}"),
                new CellPart($" ({DashboardFigures.Percent(part, whole)}%)"),
            ]);
}
