using ProbationCase.Domain.Access;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Oversight;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Plans;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Caseload;

/// <summary>Everything one case is made of: the person and every aggregate that refers to them.</summary>
public sealed record CaseFile(
    PersonOnProbation Person,
    IReadOnlyCollection<Order> Orders,
    IReadOnlyCollection<Contact> Contacts,
    IReadOnlyCollection<SentencePlan> Plans,
    IReadOnlyCollection<ManagementOversight> Oversight);

/// <summary>
/// One row per case holding every figure and date a list shows, sorts, filters or counts, worked out here by the
/// domain's own rules from the case's aggregates (<see cref="Compute"/>) and kept in the same transaction as every
/// change to the case. Lists read it and never say a rule again. Nothing here depends on the day it was worked out:
/// a warning that depends on today is stored as the date it starts (or the dates it is made of) and
/// <see cref="CaseloadWarnings"/> compares that with today, so nothing needs recomputing as days pass.
/// Only a change of policy or of the bank holidays (<see cref="ComputedWith"/>) calls for a rebuild.
/// </summary>
public sealed class CaseSummary
{
    private CaseSummary() { }

    public Guid PersonId { get; private set; }

    public string Crn { get; private set; } = string.Empty;

    public string FirstName { get; private set; } = string.Empty;

    public string LastName { get; private set; } = string.Empty;

    public DateOnly DateOfBirth { get; private set; }

    public RoshLevel Rosh { get; private set; }

    public MappaCategory MappaCategory { get; private set; }

    public int? MappaLevel { get; private set; }

    public RiskFlags Flags { get; private set; }

    /// <summary>[policy] <see cref="WorkloadWeighting"/>: this case's share of its officer's weighted workload.</summary>
    public int WorkloadWeight { get; private set; }

    /// <summary>[policy] <see cref="WorkloadWeighting.IsHighRosh"/>, for the allocation page's risk mix.</summary>
    public bool HighRosh { get; private set; }

    /// <summary>[policy] <see cref="WorkloadWeighting.IsMappa"/>.</summary>
    public bool Mappa { get; private set; }

    /// <summary>[seed 002 §2.2] domestic abuse, safeguarding or RoSH medium+: the plan needs a keep-others-safe objective.</summary>
    public bool NeedsKeepOthersSafeObjective { get; private set; }

    public Guid? ResponsibleOfficerId { get; private set; }

    public Guid? TeamId { get; private set; }

    public AllocationStatus AllocationStatus { get; private set; }

    public DateTimeOffset? AwaitingAllocationSince { get; private set; }

    /// <summary>[seed 000 §5.1, 003] continuity: changes of responsible officer.</summary>
    public int OfficerChanges { get; private set; }

    /// <summary>[DOMAIN.md §12] whether a list must also check the access lists before showing the case.</summary>
    public AccessLimitation AccessLimitation { get; private set; }

    /// <summary>The current order: the latest not ended early, else the latest.</summary>
    public Guid? OrderId { get; private set; }

    public OrderType? OrderType { get; private set; }

    public DateOnly? OrderStartDate { get; private set; }

    public DateOnly? OrderExpectedEndDate { get; private set; }

    /// <summary>The current order's end: actual if it ended early, otherwise expected. A sort key.</summary>
    public DateOnly? OrderEndDate { get; private set; }

    /// <summary>[DOMAIN.md §9a] the last day any order of the case is live; the case is on a caseload until then.</summary>
    public DateOnly? LiveUntil { get; private set; }

    /// <summary>[seed 003 The basics] the last attended face-to-face contact.</summary>
    public DateTimeOffset? LastFaceToFace { get; private set; }

    /// <summary>[seed 003 The basics] the London months (their first days) with an attended face-to-face contact.</summary>
    public List<DateOnly> FaceToFaceMonths { get; private set; } = [];

    /// <summary>[DOMAIN.md §3] when each booked contact with no outcome starts, earliest first; once passed, an outcome not recorded.</summary>
    public List<DateTimeOffset> BookingsWithoutOutcome { get; private set; } = [];

    /// <summary>The first of <see cref="BookingsWithoutOutcome"/>: an indexed "any outcome not recorded by now?".</summary>
    public DateTimeOffset? EarliestBookingWithoutOutcome { get; private set; }

    /// <summary>[measure] SL003; [seed 001 §2.6] the current order's first face-to-face appointment is due by this day.</summary>
    public DateOnly? FirstAppointmentDueBy { get; private set; }

    /// <summary>The first attended face-to-face contact on the current order.</summary>
    public DateOnly? FirstSeenOn { get; private set; }

    /// <summary>[measure] SL006: the initial plan is due on this day (15 business days after the first attended appointment).</summary>
    public DateOnly? PlanDueOn { get; private set; }

    public DateOnly? PlanSignedOffOn { get; private set; }

    public bool PlanPersonInvolved { get; private set; }

    public bool PlanKeepsOthersSafe { get; private set; }

    /// <summary>[policy] 16-weekly, [seed 001 §2.44] or at once on a trigger: the signed-off plan's next review.</summary>
    public DateOnly? ReviewDueOn { get; private set; }

    /// <summary>[seed 001 §2.23] requirements of the live current order still awaiting start.</summary>
    public int RequirementsAwaitingStart { get; private set; }

    /// <summary>[seed 001 §2.23] those requirements should have started by this day.</summary>
    public DateOnly? RequirementsStartDueBy { get; private set; }

    /// <summary>[DOMAIN.md §4] the current order's RAR: the court's maximum and the days delivered.</summary>
    public int? RarMaximumDays { get; private set; }

    public int? RarDaysDelivered { get; private set; }

    /// <summary>[seed 000 §3.3 (Huddersfield)] the RAR trails pro-rata pace from this day, with the days delivered so far.</summary>
    public DateOnly? RarBehindPaceFrom { get; private set; }

    /// <summary>[seed 002 §4] unpaid work ordered and credited.</summary>
    public int? UnpaidWorkHoursOrdered { get; private set; }

    public int? UnpaidWorkMinutesWorked { get; private set; }

    /// <summary>[seed 002 §4] unpaid work trails the straight line to 12 months from this day.</summary>
    public DateOnly? UnpaidWorkBehindPaceFrom { get; private set; }

    /// <summary>[statute: CJA 2003 Sch 8 para 5–6] dates of failures with no warning and no pending or approved decision.</summary>
    public List<DateOnly> FailuresNotDealtWith { get; private set; } = [];

    /// <summary>[DOMAIN.md §9] a breach is referred and its court outcome not yet recorded.</summary>
    public bool BreachInProgress { get; private set; }

    /// <summary>[seed 000 §5.4] enforcement decisions waiting for an SPO.</summary>
    public int DecisionsAwaitingApproval { get; private set; }

    /// <summary>When the oldest breach referral still waiting for an SPO was made.</summary>
    public DateTimeOffset? BreachAwaitingApprovalSince { get; private set; }

    /// <summary>[seed 001 §2.48, 004] due dates of management oversight actions not completed.</summary>
    public List<DateOnly> OpenOversightActionsDue { get; private set; } = [];

    /// <summary>The policy and calendar it was worked out with (<see cref="CaseRules.Fingerprint"/>); rebuilt when they change.</summary>
    public string ComputedWith { get; private set; } = string.Empty;

    public static CaseSummary Compute(CaseFile file, CaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(rules);
        var person = file.Person;
        var summary = new CaseSummary
        {
            PersonId = person.Id,
            Crn = person.Crn.Value,
            FirstName = person.FirstName,
            LastName = person.LastName,
            DateOfBirth = person.DateOfBirth,
            Rosh = person.Risk.Rosh,
            MappaCategory = person.Risk.MappaCategory,
            MappaLevel = person.Risk.MappaLevel,
            Flags = person.Risk.Flags,
            WorkloadWeight = WorkloadWeighting.WeightOf(person),
            HighRosh = WorkloadWeighting.IsHighRosh(person.Risk.Rosh),
            Mappa = WorkloadWeighting.IsMappa(person.Risk.MappaCategory),
            NeedsKeepOthersSafeObjective = person.Risk.NeedsKeepingOthersSafeObjective,
            ResponsibleOfficerId = person.ResponsibleOfficerId,
            TeamId = person.TeamId,
            AllocationStatus = person.AllocationStatus,
            AwaitingAllocationSince = person.AwaitingAllocationSince,
            OfficerChanges = person.OfficerChanges,
            AccessLimitation = person.AccessLimitation,
            ComputedWith = rules.Fingerprint,
        };

        var faceToFace = file.Contacts.Where(MonthlyFaceToFace.CountsAsFaceToFace).ToList();
        summary.LastFaceToFace = faceToFace.Count == 0 ? null : faceToFace.Max(contact => contact.StartsAt);
        summary.FaceToFaceMonths = [.. faceToFace.Select(contact => MonthlyFaceToFace.MonthOf(contact.LondonDate)).Distinct().Order()];
        summary.BookingsWithoutOutcome = [.. file.Contacts.Where(contact => contact.Outcome is null).Select(contact => contact.StartsAt).Order()];
        summary.EarliestBookingWithoutOutcome = summary.BookingsWithoutOutcome.Count == 0 ? null : summary.BookingsWithoutOutcome[0];
        summary.OpenOversightActionsDue = [.. file.Oversight.SelectMany(entry => entry.Actions).Where(action => !action.IsCompleted).Select(action => action.DueOn).Order()];

        if (file.Orders.Count > 0)
        {
            summary.LiveUntil = file.Orders.Max(order => order.EndDate);
            summary.SummariseEnforcement(file.Orders);
            var current = file.Orders.OrderBy(order => order.HasEnded).ThenByDescending(order => order.SentenceDate).ThenByDescending(order => order.CreatedAt).First();
            summary.SummariseOrder(current, file, rules);
        }

        return summary;
    }

    private void SummariseEnforcement(IEnumerable<Order> orders)
    {
        var decisions = orders.SelectMany(order => order.Decisions).ToList();
        FailuresNotDealtWith = [.. orders.SelectMany(order => order.FailuresNotDealtWith).Select(failure => failure.OccurredOn).Order()];
        BreachInProgress = decisions.Any(decision => decision.IsBreachInProgress);
        DecisionsAwaitingApproval = decisions.Count(decision => decision.Status == Enforcement.EnforcementDecisionStatus.PendingApproval);
        BreachAwaitingApprovalSince = decisions
            .Where(decision => decision.Kind == Enforcement.EnforcementDecisionKind.Breach && decision.Status == Enforcement.EnforcementDecisionStatus.PendingApproval)
            .Select(decision => (DateTimeOffset?)decision.ReferredAt)
            .Min();
    }

    private void SummariseOrder(Order order, CaseFile file, CaseRules rules)
    {
        OrderId = order.Id;
        OrderType = order.Type;
        OrderStartDate = order.StartDate;
        OrderExpectedEndDate = order.ExpectedEndDate;
        OrderEndDate = order.EndDate;

        var contacts = file.Contacts.Where(contact => contact.OrderId == order.Id).ToList();
        var firstSeen = contacts.Where(MonthlyFaceToFace.CountsAsFaceToFace).Select(contact => (DateTimeOffset?)contact.StartsAt).Min();
        FirstAppointmentDueBy = rules.Deadlines.FirstAppointmentDue(order.SupervisionStartsOn);
        FirstSeenOn = firstSeen is { } seen ? LondonClock.DateOf(seen) : null;

        var plan = file.Plans.Where(candidate => candidate.OrderId == order.Id).OrderByDescending(candidate => candidate.CreatedAt).FirstOrDefault();
        PlanDueOn = FirstSeenOn is { } seenOn ? rules.Deadlines.SentencePlanDue(seenOn) : null;
        PlanSignedOffOn = plan?.SignedOffAt is { } signedOffAt ? LondonClock.DateOf(signedOffAt) : null;
        PlanPersonInvolved = plan?.SignedOffAt is not null && plan.PersonInvolved == true;
        PlanKeepsOthersSafe = plan?.SignedOffAt is not null && plan.Objectives.Any(objective => objective.Risk == RiskArea.KeepingOthersSafe);
        ReviewDueOn = plan?.ReviewDue(rules.Policy)?.DueOn;

        if (!order.HasEnded)
        {
            RequirementsAwaitingStart = order.Requirements.Count(requirement => requirement.Status == RequirementStatus.AwaitingStart);
            RequirementsStartDueBy = RequirementsAwaitingStart > 0 ? rules.Deadlines.RequirementStartDue(order.SentenceDate) : null;
        }

        if (order.Rar is { } rar)
        {
            var progress = RarLedger.Calculate(order, contacts, rules.ComputedAt, rules.Policy);
            RarMaximumDays = rar.MaximumDays;
            RarDaysDelivered = progress.DaysDelivered;
            RarBehindPaceFrom = RarLedger.BehindPaceFrom(order, rar, progress.DaysDelivered, rules.Policy);
        }

        if (order.UnpaidWork is { } unpaidWork)
        {
            UnpaidWorkHoursOrdered = unpaidWork.HoursOrdered;
            UnpaidWorkMinutesWorked = unpaidWork.MinutesWorked;
            UnpaidWorkBehindPaceFrom = order.HasEnded ? null : unpaidWork.BehindPaceFrom(order.SentenceDate, rules.Policy);
        }
    }
}

/// <summary>
/// What a case summary is worked out with: the §7 deadlines (policy and bank holidays) and a fingerprint of both,
/// so a summary computed with other rules can be found and rebuilt.
/// </summary>
public sealed class CaseRules
{
    public CaseRules(TimelinessPolicy policy, IEnumerable<DateOnly> bankHolidays, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(bankHolidays);
        var holidays = bankHolidays.Distinct().Order().ToList();
        Policy = policy;
        Deadlines = new CaseDeadlines(new BusinessCalendar(holidays), policy);
        ComputedAt = computedAt;
        Fingerprint = FingerprintOf(policy, holidays);
    }

    public TimelinessPolicy Policy { get; }

    public CaseDeadlines Deadlines { get; }

    /// <summary>Only for the ledger's call shape: nothing stored depends on it.</summary>
    public DateTimeOffset ComputedAt { get; }

    public string Fingerprint { get; }

    public static string FingerprintOf(TimelinessPolicy policy, IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(bankHolidays);
        var text = policy + "|" + string.Join(',', bankHolidays.Distinct().Order().Select(date => date.DayNumber));
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
    }
}
