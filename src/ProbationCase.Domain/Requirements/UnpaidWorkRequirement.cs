using ProbationCase.Domain.Calendar;

namespace ProbationCase.Domain.Requirements;

/// <summary>Unpaid work: 40–300 hours completed within 12 months of sentence [seed 002 §4].</summary>
public sealed class UnpaidWorkRequirement : Requirement
{
    public const int MinimumHours = 40;
    public const int MaximumHours = 300;

    private readonly List<UnpaidWorkSession> _sessions = [];
    private readonly List<UnpaidWorkStandDown> _standDowns = [];

    private UnpaidWorkRequirement() { }

    public int HoursOrdered { get; private set; }

    public IReadOnlyCollection<UnpaidWorkSession> Sessions => _sessions.AsReadOnly();

    public IReadOnlyCollection<UnpaidWorkStandDown> StandDowns => _standDowns.AsReadOnly();

    public int MinutesOrdered => HoursOrdered * 60;

    public int MinutesWorked => _sessions.Sum(session => session.MinutesCredited);

    public int EducationTrainingEmploymentMinutes =>
        _sessions.Where(session => session.IsEducationTrainingOrEmployment).Sum(session => session.MinutesCredited);

    internal static UnpaidWorkRequirement Create(int hoursOrdered)
    {
        BusinessRule.Check(new UnpaidWorkHoursInRangeRule(hoursOrdered));
        return new UnpaidWorkRequirement { HoursOrdered = hoursOrdered };
    }

    internal UnpaidWorkSession CreditSession(DateOnly workedOn, int minutes, bool isEducationTrainingOrEmployment, Guid? contactId)
    {
        CheckRule(new UnpaidWorkCreditMustBePositiveRule(minutes));
        CheckRule(new UnpaidWorkCannotExceedHoursOrderedRule(MinutesWorked, minutes, MinutesOrdered));
        if (isEducationTrainingOrEmployment)
        {
            CheckRule(new EducationTrainingEmploymentWithinShareRule(EducationTrainingEmploymentMinutes, minutes, MinutesOrdered));
        }

        if (Status == RequirementStatus.AwaitingStart)
        {
            Start(workedOn);
        }

        var session = UnpaidWorkSession.Create(Id, workedOn, minutes, isEducationTrainingOrEmployment, contactId);
        _sessions.Add(session);
        return session;
    }

    // [seed 002 §4.1, 004] stand-downs are recorded with a reason and shown as a rate.
    internal UnpaidWorkStandDown RecordStandDown(DateOnly on, string reason, Guid? contactId)
    {
        CheckRule(new TextIsRequiredRule(reason, "Enter why the person was stood down."));
        var standDown = UnpaidWorkStandDown.Create(Id, on, reason, contactId);
        _standDowns.Add(standDown);
        return standDown;
    }

    /// <summary>
    /// [seed 002 §4; policy margin] the first date on which the minutes worked so far trail the straight line to completion
    /// 12 months from sentence by more than the margin (compared exactly by <see cref="ProRataPace"/>); null once finished
    /// or when it never trails.
    /// </summary>
    public DateOnly? BehindPaceFrom(DateOnly sentenceDate, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (IsFinished)
        {
            return null;
        }

        var totalDays = Math.Max(1, sentenceDate.AddMonths(policy.UnpaidWorkCompletionMonths).DayNumber - sentenceDate.DayNumber);
        return ProRataPace.FirstDayTrailing(MinutesWorked, policy.UnpaidWorkPaceMarginHours * 60, MinutesOrdered, sentenceDate, totalDays);
    }

    /// <summary>Hours ordered / worked / remaining, time left and the two flags [DOMAIN.md §5].</summary>
    public UnpaidWorkProgress Progress(DateOnly sentenceDate, DateOnly today, TimelinessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);

        // [seed 002 §4] completion due 12 months from sentence (the court can extend).
        var completionDue = sentenceDate.AddMonths(policy.UnpaidWorkCompletionMonths);

        // [seed 003] first session within 7 days of sentence.
        var firstSessionDue = sentenceDate.AddDays(policy.UnpaidWorkFirstSessionWithinDays);
        var firstSession = _sessions.Count == 0 ? (DateOnly?)null : _sessions.Min(session => session.WorkedOn);
        var notStartedInTime = firstSession is { } first ? first > firstSessionDue : today > firstSessionDue;

        // [policy] behind pace: hours worked trail the straight-line figure by more than the margin (in minutes, compared exactly).
        var totalDays = Math.Max(1, completionDue.DayNumber - sentenceDate.DayNumber);
        var elapsedDays = Math.Clamp(today.DayNumber - sentenceDate.DayNumber, 0, totalDays);
        var expectedHours = decimal.Round(HoursOrdered * (decimal)elapsedDays / totalDays, 2);
        var behindPace = BehindPaceFrom(sentenceDate, policy) is { } from && from <= today;

        // [seed 002 §4.1] stand-down rate: stand-downs as a share of sessions the person turned up for.
        var occasions = _sessions.Count + _standDowns.Count;
        var standDownRate = occasions == 0 ? 0m : decimal.Round((decimal)_standDowns.Count / occasions, 4);

        return new UnpaidWorkProgress(
            HoursOrdered,
            MinutesWorked,
            MinutesOrdered - MinutesWorked,
            EducationTrainingEmploymentMinutes,
            completionDue,
            Math.Max(0, completionDue.DayNumber - today.DayNumber),
            _standDowns.Count,
            standDownRate,
            expectedHours,
            notStartedInTime,
            behindPace);
    }
}

public sealed record UnpaidWorkProgress(
    int HoursOrdered,
    int MinutesWorked,
    int MinutesRemaining,
    int EducationTrainingEmploymentMinutes,
    DateOnly CompletionDue,
    int DaysLeft,
    int StandDowns,
    decimal StandDownRate,
    decimal ExpectedHoursByNow,
    bool NotStartedWithinSevenDays,
    bool IsBehindPace);

/// <summary>Minutes credited for one unpaid work session.</summary>
public sealed class UnpaidWorkSession : Entity
{
    private UnpaidWorkSession() { }

    public Guid RequirementId { get; private set; }

    public DateOnly WorkedOn { get; private set; }

    public int MinutesCredited { get; private set; }

    public bool IsEducationTrainingOrEmployment { get; private set; }

    public Guid? ContactId { get; private set; }

    internal static UnpaidWorkSession Create(Guid requirementId, DateOnly workedOn, int minutes, bool ete, Guid? contactId) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            RequirementId = requirementId,
            WorkedOn = workedOn,
            MinutesCredited = minutes,
            IsEducationTrainingOrEmployment = ete,
            ContactId = contactId,
        };
}

/// <summary>A session where the person was sent home for lack of work [seed 002 §4.1, 004].</summary>
public sealed class UnpaidWorkStandDown : Entity
{
    private UnpaidWorkStandDown() { }

    public Guid RequirementId { get; private set; }

    public DateOnly On { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public Guid? ContactId { get; private set; }

    internal static UnpaidWorkStandDown Create(Guid requirementId, DateOnly on, string reason, Guid? contactId) =>
        new() { Id = Guid.CreateVersion7(), RequirementId = requirementId, On = on, Reason = reason.Trim(), ContactId = contactId };
}

// [seed 002 §4] unpaid work is 40 to 300 hours.
public sealed class UnpaidWorkHoursInRangeRule(int hours) : IBusinessRule
{
    public bool IsBroken() => hours is < UnpaidWorkRequirement.MinimumHours or > UnpaidWorkRequirement.MaximumHours;

    public string Message => $"Unpaid work must be between {UnpaidWorkRequirement.MinimumHours} and {UnpaidWorkRequirement.MaximumHours} hours.";
}

public sealed class UnpaidWorkCreditMustBePositiveRule(int minutes) : IBusinessRule
{
    public bool IsBroken() => minutes < 1;

    public string Message => "Enter the minutes worked in the session.";
}

// [seed 002 §4] hours are credited per session in minutes, never more than ordered.
public sealed class UnpaidWorkCannotExceedHoursOrderedRule(int minutesWorked, int minutesToCredit, int minutesOrdered) : IBusinessRule
{
    public bool IsBroken() => minutesWorked + minutesToCredit > minutesOrdered;

    public string Message =>
        $"Crediting {minutesToCredit} minutes would take unpaid work beyond the {minutesOrdered / 60} hours ordered; {minutesOrdered - minutesWorked} minutes remain.";
}

// [seed 002 §4] up to 20% of the hours may be education, training or employment activity.
public sealed class EducationTrainingEmploymentWithinShareRule(int eteMinutesSoFar, int minutesToCredit, int minutesOrdered) : IBusinessRule
{
    public const decimal MaximumShare = 0.20m;

    public bool IsBroken() => eteMinutesSoFar + minutesToCredit > minutesOrdered * MaximumShare;

    public string Message =>
        $"No more than 20% of unpaid work hours ({minutesOrdered * MaximumShare / 60m:0.##} hours) can be education, training or employment.";
}
