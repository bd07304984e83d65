using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Caseload;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;

namespace ProbationCase.Web.Spo;

/// <summary>
/// The figures for one officer (or, with no officer, the whole team) [DOMAIN.md §7, §9, §11]. Timeliness is
/// always carried with its quality figures beside it; nothing here is about reoffending [seed 003 §5].
/// </summary>
public sealed record DashboardFigures
{
    public Guid? OfficerId { get; init; }

    public string Name { get; init; } = "";

    public OfficerGrade? Grade { get; init; }

    public int Cases { get; init; }

    public int WeightedWorkload { get; init; }

    public int FirstAppointmentsDue { get; init; }

    public int FirstAppointmentsOnTime { get; init; }

    public int PlansDue { get; init; }

    public int PlansOnTime { get; init; }

    public int PlansSignedOff { get; init; }

    public int PlansPersonInvolved { get; init; }

    public int PlansNeedingKeepOthersSafe { get; init; }

    public int PlansWithKeepOthersSafe { get; init; }

    public int RarDaysOrdered { get; init; }

    public int RarDaysDelivered { get; init; }

    public decimal RarDaysProRata { get; init; }

    public int UnpaidWorkHoursOrdered { get; init; }

    public decimal UnpaidWorkHoursWorked { get; init; }

    public int RequirementsNotStarted { get; init; }

    public int NoFaceToFaceLastMonth { get; init; }

    public int ReviewsOverdue { get; init; }

    public int OutcomesNotRecorded { get; init; }

    public int FailuresWithoutDecision { get; init; }

    public int BreachesInProgress { get; init; }

    public int OverdueOversightActions { get; init; }

    /// <summary>Cases with each caseload warning: the same counts as the officer's My cases and the team caseload.</summary>
    public IReadOnlyDictionary<CaseloadWarning, int> Warnings { get; init; } = new Dictionary<CaseloadWarning, int>();

    public static int? Percent(int part, int whole) => whole == 0 ? null : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);
}

public sealed record TeamDashboard(DateOnly Today, IReadOnlyList<DashboardFigures> Officers, DashboardFigures Team);

/// <summary>
/// Computes the team dashboard from the team's case summaries alone: the cases on the team's caseload, each judged by the
/// domain's own warnings (<see cref="CaseloadWarnings"/>) and dates, summed per officer. Two statements: the officers,
/// then the team's summaries (a team is a few hundred rows; nothing depends on the size of the region).
/// </summary>
public sealed class TeamDashboardQuery(SpoTeam spoTeam, TimeProvider clock)
{
    public async Task<TeamDashboard> ComputeAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var day = CaseloadDay.At(clock.GetUtcNow());
        var officers = await spoTeam.OfficersAsync(teamId, cancellationToken);
        var cases = await spoTeam.Summaries(teamId)
            .Where(CaseloadWarnings.OnCaseload(day))
            .Where(s => s.AllocationStatus == AllocationStatus.Allocated && s.ResponsibleOfficerId != null)
            .ToListAsync(cancellationToken);

        var judge = new CaseJudgement(day);
        var byOfficer = cases.ToLookup(s => s.ResponsibleOfficerId!.Value);
        var rows = officers
            .Select(officer => judge.Figures(byOfficer[officer.Id].ToList()) with { OfficerId = officer.Id, Name = officer.Name, Grade = officer.Grade })
            .ToList();
        // The whole team is every case on the team's caseload (the team caseload's own scope, so its figures drill down
        // to exactly those cases), not only the sum of the active officers' rows.
        return new TeamDashboard(day.Today, rows, judge.Figures(cases) with { Name = "Whole team" });
    }

    /// <summary>The day's tests: the same rules the lists run in SQL, compiled once per process.</summary>
    private sealed class CaseJudgement(CaseloadDay day)
    {
        private int Count(List<CaseSummary> cases, CaseloadMeasure measure) => cases.Count(s => CaseloadMeasures.Has(s, measure, day));

        public DashboardFigures Figures(List<CaseSummary> cases)
        {
            var warnings = CaseloadWarnings.All.ToDictionary(warning => warning, warning => cases.Count(s => CaseloadWarnings.Has(s, warning, day)));
            return new DashboardFigures
            {
                Cases = cases.Count,
                WeightedWorkload = cases.Sum(s => s.WorkloadWeight),
                FirstAppointmentsDue = Count(cases, CaseloadMeasure.FirstAppointmentMeasured),
                FirstAppointmentsOnTime = Count(cases, CaseloadMeasure.FirstAppointmentOnTime),
                PlansDue = Count(cases, CaseloadMeasure.PlanMeasured),
                PlansOnTime = Count(cases, CaseloadMeasure.PlanOnTime),
                PlansSignedOff = Count(cases, CaseloadMeasure.PlanSignedOff),
                PlansPersonInvolved = Count(cases, CaseloadMeasure.PlanPersonInvolved),
                PlansNeedingKeepOthersSafe = Count(cases, CaseloadMeasure.PlanNeedsKeepOthersSafe),
                PlansWithKeepOthersSafe = Count(cases, CaseloadMeasure.PlanKeepsOthersSafe),
                RarDaysOrdered = cases.Sum(s => s.RarMaximumDays ?? 0),
                RarDaysDelivered = cases.Sum(s => s.RarDaysDelivered ?? 0),
                RarDaysProRata = cases
                    .Where(s => CaseloadMeasures.Has(s, CaseloadMeasure.RarOrdered, day))
                    .Sum(s => RarProRata.ExpectedDaysByNow(s.RarMaximumDays!.Value, s.OrderStartDate!.Value, s.OrderExpectedEndDate!.Value, day.Today)),
                UnpaidWorkHoursOrdered = cases.Sum(s => s.UnpaidWorkHoursOrdered ?? 0),
                UnpaidWorkHoursWorked = decimal.Round(cases.Sum(s => s.UnpaidWorkMinutesWorked ?? 0) / 60m, 1),
                RequirementsNotStarted = warnings[CaseloadWarning.RequirementNotStarted],
                NoFaceToFaceLastMonth = Count(cases, CaseloadMeasure.NoFaceToFaceLastMonth),
                ReviewsOverdue = warnings[CaseloadWarning.ReviewDue],
                OutcomesNotRecorded = warnings[CaseloadWarning.OutcomeNotRecorded],
                FailuresWithoutDecision = warnings[CaseloadWarning.FailureWithoutDecision],
                BreachesInProgress = Count(cases, CaseloadMeasure.BreachInProgress),
                OverdueOversightActions = cases.Sum(s => CaseloadWarnings.OverdueOversightActionsRule.Of(s, day)),
                Warnings = warnings,
            };
        }
    }
}
