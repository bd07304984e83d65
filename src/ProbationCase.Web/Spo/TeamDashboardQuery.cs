using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;
using ProbationCase.Domain.Staff;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Queries;

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

    public static int? Percent(int part, int whole) => whole == 0 ? null : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);
}

public sealed record TeamDashboard(DateOnly Today, IReadOnlyList<DashboardFigures> Officers, DashboardFigures Team);

/// <summary>
/// Computes the team dashboard. Counts are grouped by officer in SQL; the business-day timeliness and RAR
/// figures use the shared §7 deadlines (the administrator-edited bank holidays, <see cref="CaseDeadlinesSource"/>)
/// and the domain's counting rules over small per-case projections of the team.
/// </summary>
public sealed class TeamDashboardQuery(ProbationCaseDbContext db, SpoTeam spoTeam, CaseDeadlinesSource deadlinesSource, TimeProvider clock)
{
    public async Task<TeamDashboard> ComputeAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = LondonClock.DateOf(now);
        var policy = deadlinesSource.Policy;
        var officers = await spoTeam.OfficersAsync(teamId, cancellationToken);
        var cases = spoTeam.Cases(teamId).Where(person => person.AllocationStatus == AllocationStatus.Allocated && person.ResponsibleOfficerId != null);

        var caseCounts = await CountByOfficerAsync(cases, cases.Select(person => person.Id), cancellationToken);
        var weighted = await cases.Select(WorkloadWeighting.CaseWeight)
            .GroupBy(weight => weight.OfficerId)
            .Select(group => new { group.Key, Weight = group.Sum(weight => weight.Weight) })
            .ToDictionaryAsync(row => row.Key!.Value, row => row.Weight, cancellationToken);

        // [DOMAIN.md §3] booked time has passed and no outcome.
        var outcomes = await CountByOfficerAsync(cases,
            db.Contacts.Where(contact => contact.Outcome == null && contact.StartsAt <= now).Select(contact => contact.PersonId), cancellationToken);

        // [DOMAIN.md §9] failures with no warning and no pending or approved decision.
        var failures = await CountByOfficerAsync(cases,
            db.Orders.SelectMany(EnforcementQueries.FailuresWithoutDecision)
                .Join(db.Orders, failure => failure.OrderId, order => order.Id, (failure, order) => order.PersonId), cancellationToken);

        var breaches = await CountByOfficerAsync(cases,
            db.Orders.SelectMany(order => order.Decisions).Where(EnforcementQueries.BreachInProgress)
                .Join(db.Orders, decision => decision.OrderId, order => order.Id, (decision, order) => order.PersonId), cancellationToken);

        // [seed 001 §2.23] requirements still awaiting start more than 4 weeks after sentence, on live orders.
        var sentencedBefore = RequirementQueries.StartOverdueIfSentencedBefore(today, policy);
        var notStarted = await CountByOfficerAsync(cases,
            db.Orders.Where(order => order.ActualEndDate == null && order.SentenceDate < sentencedBefore)
                .SelectMany(order => order.Requirements.Where(requirement => requirement.Status == RequirementStatus.AwaitingStart), (order, requirement) => order.PersonId),
            cancellationToken);

        // [DOMAIN.md §11] oversight actions past due and not completed, on the officer's cases.
        var overdueActions = await CountByOfficerAsync(cases,
            db.ManagementOversight.SelectMany(entry => entry.Actions.Where(action => action.CompletedOn == null && action.DueOn < today), (entry, action) => entry.PersonId),
            cancellationToken);

        var noFaceToFace = await NoFaceToFaceLastMonthAsync(cases, today, cancellationToken);
        var reviewsOverdue = await ReviewsOverdueAsync(cases, today, policy, cancellationToken);
        var timeliness = await TimelinessAsync(cases, today, await deadlinesSource.GetAsync(cancellationToken), cancellationToken);
        var rar = await RarAsync(cases, today, cancellationToken);
        var unpaidWork = await UnpaidWorkAsync(cases, cancellationToken);

        var rows = officers
            .Select(officer =>
            {
                var t = timeliness.GetValueOrDefault(officer.Id) ?? new Timeliness();
                var r = rar.GetValueOrDefault(officer.Id);
                var u = unpaidWork.GetValueOrDefault(officer.Id);
                return new DashboardFigures
                {
                    OfficerId = officer.Id,
                    Name = officer.Name,
                    Grade = officer.Grade,
                    Cases = caseCounts.GetValueOrDefault(officer.Id),
                    WeightedWorkload = weighted.GetValueOrDefault(officer.Id),
                    FirstAppointmentsDue = t.FirstAppointmentsDue,
                    FirstAppointmentsOnTime = t.FirstAppointmentsOnTime,
                    PlansDue = t.PlansDue,
                    PlansOnTime = t.PlansOnTime,
                    PlansSignedOff = t.PlansSignedOff,
                    PlansPersonInvolved = t.PlansPersonInvolved,
                    PlansNeedingKeepOthersSafe = t.PlansNeedingKeepOthersSafe,
                    PlansWithKeepOthersSafe = t.PlansWithKeepOthersSafe,
                    RarDaysOrdered = r.Ordered,
                    RarDaysDelivered = r.Delivered,
                    RarDaysProRata = r.ProRata,
                    UnpaidWorkHoursOrdered = u.Ordered,
                    UnpaidWorkHoursWorked = u.Worked,
                    RequirementsNotStarted = notStarted.GetValueOrDefault(officer.Id),
                    NoFaceToFaceLastMonth = noFaceToFace.GetValueOrDefault(officer.Id),
                    ReviewsOverdue = reviewsOverdue.GetValueOrDefault(officer.Id),
                    OutcomesNotRecorded = outcomes.GetValueOrDefault(officer.Id),
                    FailuresWithoutDecision = failures.GetValueOrDefault(officer.Id),
                    BreachesInProgress = breaches.GetValueOrDefault(officer.Id),
                    OverdueOversightActions = overdueActions.GetValueOrDefault(officer.Id),
                };
            })
            .ToList();

        return new TeamDashboard(today, rows, Total(rows));
    }

    private static DashboardFigures Total(IReadOnlyList<DashboardFigures> rows) => new()
    {
        Name = "Whole team",
        Cases = rows.Sum(row => row.Cases),
        WeightedWorkload = rows.Sum(row => row.WeightedWorkload),
        FirstAppointmentsDue = rows.Sum(row => row.FirstAppointmentsDue),
        FirstAppointmentsOnTime = rows.Sum(row => row.FirstAppointmentsOnTime),
        PlansDue = rows.Sum(row => row.PlansDue),
        PlansOnTime = rows.Sum(row => row.PlansOnTime),
        PlansSignedOff = rows.Sum(row => row.PlansSignedOff),
        PlansPersonInvolved = rows.Sum(row => row.PlansPersonInvolved),
        PlansNeedingKeepOthersSafe = rows.Sum(row => row.PlansNeedingKeepOthersSafe),
        PlansWithKeepOthersSafe = rows.Sum(row => row.PlansWithKeepOthersSafe),
        RarDaysOrdered = rows.Sum(row => row.RarDaysOrdered),
        RarDaysDelivered = rows.Sum(row => row.RarDaysDelivered),
        RarDaysProRata = rows.Sum(row => row.RarDaysProRata),
        UnpaidWorkHoursOrdered = rows.Sum(row => row.UnpaidWorkHoursOrdered),
        UnpaidWorkHoursWorked = rows.Sum(row => row.UnpaidWorkHoursWorked),
        RequirementsNotStarted = rows.Sum(row => row.RequirementsNotStarted),
        NoFaceToFaceLastMonth = rows.Sum(row => row.NoFaceToFaceLastMonth),
        ReviewsOverdue = rows.Sum(row => row.ReviewsOverdue),
        OutcomesNotRecorded = rows.Sum(row => row.OutcomesNotRecorded),
        FailuresWithoutDecision = rows.Sum(row => row.FailuresWithoutDecision),
        BreachesInProgress = rows.Sum(row => row.BreachesInProgress),
        OverdueOversightActions = rows.Sum(row => row.OverdueOversightActions),
    };

    /// <summary>Counts the person ids (one per item) by the case's officer, in SQL.</summary>
    private static async Task<Dictionary<Guid, int>> CountByOfficerAsync(IQueryable<PersonOnProbation> cases, IQueryable<Guid> personIds, CancellationToken cancellationToken) =>
        await personIds
            .Join(cases, personId => personId, person => person.Id, (personId, person) => person.ResponsibleOfficerId!.Value)
            .GroupBy(officerId => officerId)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Key, row => row.Count, cancellationToken);

    // [seed 003 The basics] cases on a live order with no attended face-to-face contact in the last full London month.
    private async Task<Dictionary<Guid, int>> NoFaceToFaceLastMonthAsync(IQueryable<PersonOnProbation> cases, DateOnly today, CancellationToken cancellationToken)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        var from = LondonClock.ToUtc(lastMonth, TimeOnly.MinValue);
        var to = LondonClock.ToUtc(thisMonth, TimeOnly.MinValue);
        var attended = Enum.GetValues<ContactOutcome>().Where(outcome => outcome.IsAttendance()).Cast<ContactOutcome?>().ToList();
        return await CountByOfficerAsync(cases,
            cases.Where(person =>
                    db.Orders.Any(order => order.PersonId == person.Id && order.StartDate < lastMonth && (order.ActualEndDate == null || order.ActualEndDate >= thisMonth))
                    && !db.Contacts.Any(contact => contact.PersonId == person.Id && contact.IsFaceToFace && attended.Contains(contact.Outcome)
                        && contact.StartsAt >= from && contact.StartsAt < to))
                .Select(person => person.Id),
            cancellationToken);
    }

    // [policy] 16-weekly reviews and [seed 001 §2.44] triggers: SentencePlan.ReviewDue decides, over the team's live plans.
    private async Task<Dictionary<Guid, int>> ReviewsOverdueAsync(IQueryable<PersonOnProbation> cases, DateOnly today, TimelinessPolicy policy, CancellationToken cancellationToken)
    {
        var plans = await db.SentencePlans.AsNoTracking().AsSplitQuery()
            .Include(plan => plan.Reviews).Include(plan => plan.Triggers)
            .Where(plan => plan.SignedOffAt != null && db.Orders.Any(order => order.Id == plan.OrderId && order.ActualEndDate == null))
            .Join(cases, plan => plan.PersonId, person => person.Id, (plan, person) => new { Plan = plan, Officer = person.ResponsibleOfficerId!.Value })
            .ToListAsync(cancellationToken);
        return plans
            .Where(row => row.Plan.ReviewDue(policy) is { } due && due.DueOn < today)
            .GroupBy(row => row.Officer)
            .ToDictionary(group => group.Key, group => group.Count());
    }

    private sealed record Timeliness
    {
        public int FirstAppointmentsDue { get; set; }

        public int FirstAppointmentsOnTime { get; set; }

        public int PlansDue { get; set; }

        public int PlansOnTime { get; set; }

        public int PlansSignedOff { get; set; }

        public int PlansPersonInvolved { get; set; }

        public int PlansNeedingKeepOthersSafe { get; set; }

        public int PlansWithKeepOthersSafe { get; set; }
    }

    // [measure] SL003 / SL006 beside plan quality [seed 002 §2.1–2.2]: one small row per live case, deadlines from the shared calendar.
    private async Task<Dictionary<Guid, Timeliness>> TimelinessAsync(IQueryable<PersonOnProbation> cases, DateOnly today, CaseDeadlines deadlines, CancellationToken cancellationToken)
    {
        var attended = Enum.GetValues<ContactOutcome>().Where(outcome => outcome.IsAttendance()).Cast<ContactOutcome?>().ToList();
        var rows = await cases
            .Select(person => new
            {
                Officer = person.ResponsibleOfficerId!.Value,
                person.Risk,
                FirstAllocatedAt = person.Allocations.Min(allocation => (DateTimeOffset?)allocation.AllocatedAt),
                Order = db.Orders.Where(order => order.PersonId == person.Id && order.ActualEndDate == null)
                    .OrderByDescending(order => order.SentenceDate)
                    .Select(order => new
                    {
                        order.SentenceDate,
                        FirstAttended = db.Contacts
                            .Where(contact => contact.OrderId == order.Id && contact.IsFaceToFace && attended.Contains(contact.Outcome))
                            .Min(contact => (DateTimeOffset?)contact.StartsAt),
                        Plan = db.SentencePlans.Where(plan => plan.OrderId == order.Id)
                            .Select(plan => new
                            {
                                plan.SignedOffAt,
                                plan.PersonInvolved,
                                KeepsOthersSafe = plan.Objectives.Any(objective => objective.Risk == RiskArea.KeepingOthersSafe),
                            })
                            .FirstOrDefault(),
                    })
                    .FirstOrDefault(),
            })
            .Where(row => row.Order != null)
            .ToListAsync(cancellationToken);

        var result = new Dictionary<Guid, Timeliness>();
        foreach (var row in rows)
        {
            var figures = result.TryGetValue(row.Officer, out var existing) ? existing : result[row.Officer] = new Timeliness();
            var order = row.Order!;
            var allocatedOn = row.FirstAllocatedAt is { } allocatedAt ? LondonClock.DateOf(allocatedAt) : order.SentenceDate;
            var from = allocatedOn > order.SentenceDate ? allocatedOn : order.SentenceDate;
            var firstAppointmentDue = deadlines.FirstAppointmentDue(from);
            DateOnly? firstAttended = order.FirstAttended is { } first ? LondonClock.DateOf(first) : null;
            if (firstAttended is not null || firstAppointmentDue < today)
            {
                figures.FirstAppointmentsDue++;
                if (firstAttended is { } met && met <= firstAppointmentDue)
                {
                    figures.FirstAppointmentsOnTime++;
                }
            }

            DateOnly? signedOff = order.Plan?.SignedOffAt is { } at ? LondonClock.DateOf(at) : null;
            if (firstAttended is { } attendedOn)
            {
                var planDue = deadlines.SentencePlanDue(attendedOn);
                if (signedOff is not null || planDue < today)
                {
                    figures.PlansDue++;
                    if (signedOff is { } done && done <= planDue)
                    {
                        figures.PlansOnTime++;
                    }
                }
            }

            if (signedOff is not null)
            {
                figures.PlansSignedOff++;
                if (order.Plan!.PersonInvolved == true)
                {
                    figures.PlansPersonInvolved++;
                }

                // [seed 002 §2.2] domestic abuse, safeguarding or RoSH medium+ needs a keep-others-safe objective.
                if (row.Risk.NeedsKeepingOthersSafeObjective)
                {
                    figures.PlansNeedingKeepOthersSafe++;
                    if (order.Plan.KeepsOthersSafe)
                    {
                        figures.PlansWithKeepOthersSafe++;
                    }
                }
            }
        }

        return result;
    }

    // [DOMAIN.md §4] days delivered: distinct London dates with a complied RAR activity, capped at the maximum; pro-rata from the domain.
    private async Task<Dictionary<Guid, (int Ordered, int Delivered, decimal ProRata)>> RarAsync(IQueryable<PersonOnProbation> cases, DateOnly today, CancellationToken cancellationToken)
    {
        var rars = await db.Orders
            .Where(order => order.ActualEndDate == null)
            .SelectMany(order => order.Requirements.OfType<RarRequirement>(), (order, rar) => new { order.PersonId, order.StartDate, order.ExpectedEndDate, rar.Id, rar.MaximumDays })
            .Join(cases, rar => rar.PersonId, person => person.Id, (rar, person) => new
            {
                Officer = person.ResponsibleOfficerId!.Value,
                rar.StartDate,
                rar.ExpectedEndDate,
                rar.MaximumDays,
                Activities = db.Contacts
                    .Where(contact => contact.RequirementId == rar.Id && contact.Type == ContactType.RarActivity && contact.Outcome == ContactOutcome.AttendedComplied)
                    .Select(contact => contact.StartsAt)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return rars
            .GroupBy(rar => rar.Officer)
            .ToDictionary(
                group => group.Key,
                group => (
                    group.Sum(rar => rar.MaximumDays),
                    group.Sum(rar => Math.Min(rar.MaximumDays, rar.Activities.Select(LondonClock.DateOf).Distinct().Count())),
                    group.Sum(rar => RarProRata.ExpectedDaysByNow(rar.MaximumDays, rar.StartDate, rar.ExpectedEndDate, today))));
    }

    private async Task<Dictionary<Guid, (int Ordered, decimal Worked)>> UnpaidWorkAsync(IQueryable<PersonOnProbation> cases, CancellationToken cancellationToken)
    {
        var rows = await db.Orders
            .Where(order => order.ActualEndDate == null)
            .SelectMany(order => order.Requirements.OfType<UnpaidWorkRequirement>(), (order, work) => new
            {
                order.PersonId,
                work.HoursOrdered,
                Minutes = work.Sessions.Sum(session => session.MinutesCredited),
            })
            .Join(cases, work => work.PersonId, person => person.Id, (work, person) => new { Officer = person.ResponsibleOfficerId!.Value, work.HoursOrdered, work.Minutes })
            .GroupBy(work => work.Officer)
            .Select(group => new { group.Key, Ordered = group.Sum(work => work.HoursOrdered), Minutes = group.Sum(work => work.Minutes) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Key, row => (row.Ordered, decimal.Round(row.Minutes / 60m, 1)));
    }
}
