namespace ProbationCase.Domain.Requirements;

/// <summary>[seed 003; DOMAIN.md §6] accredited programme status.</summary>
public enum ProgrammeStatus
{
    AwaitingStart = 1,
    WaitingList = 2,
    InProgress = 3,
    Completed = 4,
    Cancelled = 5,
    NotAvailable = 6,
}

/// <summary>An accredited programme requirement: named programme, sessions required and attended [DOMAIN.md §6].</summary>
public sealed class AccreditedProgrammeRequirement : Requirement
{
    private AccreditedProgrammeRequirement() { }

    public string ProgrammeName { get; private set; } = string.Empty;

    public int SessionsRequired { get; private set; }

    public int SessionsAttended { get; private set; }

    public ProgrammeStatus ProgrammeStatus { get; private set; } = ProgrammeStatus.AwaitingStart;

    public DateOnly? WaitingListFrom { get; private set; }

    /// <summary>[seed 003] waiting time is reported: days from joining the waiting list to starting (or to today).</summary>
    public int? WaitingDays(DateOnly today) =>
        WaitingListFrom is { } from ? (StartDate ?? today).DayNumber - from.DayNumber : null;

    internal static AccreditedProgrammeRequirement Create(string? programmeName, int sessionsRequired)
    {
        BusinessRule.Check(new TextIsRequiredRule(programmeName, "Enter the name of the accredited programme."));
        BusinessRule.Check(new ProgrammeNeedsSessionsRule(sessionsRequired));
        return new AccreditedProgrammeRequirement { ProgrammeName = programmeName!.Trim(), SessionsRequired = sessionsRequired };
    }

    internal void MoveTo(ProgrammeStatus next, DateOnly on, string? reason)
    {
        CheckRule(new ProgrammeStatusMoveRule(ProgrammeStatus, next));
        CheckRule(new ProgrammeCompletionNeedsAllSessionsRule(next, SessionsAttended, SessionsRequired));
        switch (next)
        {
            case ProgrammeStatus.WaitingList:
                WaitingListFrom ??= on;
                break;
            case ProgrammeStatus.InProgress:
                base.Start(on);
                break;
            case ProgrammeStatus.Completed:
                base.Complete(on);
                break;
            case ProgrammeStatus.Cancelled:
                base.Terminate(on, reason ?? string.Empty);
                break;
            case ProgrammeStatus.NotAvailable:
                base.MarkNotDelivered(on, reason ?? string.Empty);
                break;
        }

        ProgrammeStatus = next;
    }

    internal override void Start(DateOnly on) => MoveTo(ProgrammeStatus.InProgress, on, null);

    internal override void Complete(DateOnly on) => MoveTo(ProgrammeStatus.Completed, on, null);

    internal override void Terminate(DateOnly on, string reason) => MoveTo(ProgrammeStatus.Cancelled, on, reason);

    internal override void MarkNotDelivered(DateOnly on, string reason) => MoveTo(ProgrammeStatus.NotAvailable, on, reason);

    internal void RecordSessionAttended()
    {
        CheckRule(new ProgrammeSessionNeedsProgrammeInProgressRule(ProgrammeStatus));
        CheckRule(new ProgrammeSessionsCannotExceedRequiredRule(SessionsAttended, SessionsRequired));
        SessionsAttended++;
    }
}

public sealed class ProgrammeNeedsSessionsRule(int sessions) : IBusinessRule
{
    public bool IsBroken() => sessions < 1;

    public string Message => "Enter the number of programme sessions required (at least 1).";
}

// [DOMAIN.md §6] programme status transitions; anything not listed is an illegal move.
public sealed class ProgrammeStatusMoveRule(ProgrammeStatus from, ProgrammeStatus to) : IBusinessRule
{
    private static readonly Dictionary<ProgrammeStatus, ProgrammeStatus[]> Allowed = new()
    {
        [ProgrammeStatus.AwaitingStart] = [ProgrammeStatus.WaitingList, ProgrammeStatus.InProgress, ProgrammeStatus.Cancelled, ProgrammeStatus.NotAvailable],
        [ProgrammeStatus.WaitingList] = [ProgrammeStatus.InProgress, ProgrammeStatus.Cancelled, ProgrammeStatus.NotAvailable],
        [ProgrammeStatus.InProgress] = [ProgrammeStatus.Completed, ProgrammeStatus.Cancelled],
        [ProgrammeStatus.NotAvailable] = [],
        [ProgrammeStatus.Completed] = [],
        [ProgrammeStatus.Cancelled] = [],
    };

    public bool IsBroken() => !Allowed.TryGetValue(from, out var next) || !next.Contains(to);

    public string Message => $"A programme that is {Describe(from)} cannot be moved to {Describe(to)}.";

    private static string Describe(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.AwaitingStart => "awaiting start",
        ProgrammeStatus.WaitingList => "the waiting list",
        ProgrammeStatus.InProgress => "in progress",
        ProgrammeStatus.Completed => "completed",
        ProgrammeStatus.Cancelled => "cancelled",
        ProgrammeStatus.NotAvailable => "not available",
        _ => status.ToString(),
    };
}

public sealed class ProgrammeCompletionNeedsAllSessionsRule(ProgrammeStatus next, int attended, int required) : IBusinessRule
{
    public bool IsBroken() => next == ProgrammeStatus.Completed && attended < required;

    public string Message => $"The programme cannot be completed: {attended} of {required} sessions attended.";
}

public sealed class ProgrammeSessionNeedsProgrammeInProgressRule(ProgrammeStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ProgrammeStatus.InProgress;

    public string Message => "Programme sessions can only be recorded while the programme is in progress.";
}

public sealed class ProgrammeSessionsCannotExceedRequiredRule(int attended, int required) : IBusinessRule
{
    public bool IsBroken() => attended >= required;

    public string Message => $"All {required} programme sessions have already been attended.";
}
