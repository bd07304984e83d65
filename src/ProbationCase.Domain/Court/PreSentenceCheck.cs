namespace ProbationCase.Domain.Court;

/// <summary>
/// A police domestic abuse or children's services check [DOMAIN.md §10; seed 001 §1.7–1.8, 000 §2.2]:
/// requested, chased, returned with a result, or recorded as outstanding and told to the court.
/// Child of <see cref="PreSentenceReport"/>.
/// </summary>
public sealed class PreSentenceCheck : Entity
{
    private readonly List<DateOnly> _chasedOn = [];

    private PreSentenceCheck() { }

    public Guid ReportId { get; private set; }

    public PreSentenceCheckKind Kind { get; private set; }

    public DateOnly? RequestedOn { get; private set; }

    public DateOnly? ReturnedOn { get; private set; }

    public string? Result { get; private set; }

    /// <summary>Every date the check was chased (a primitive collection for persistence).</summary>
    public IReadOnlyCollection<DateOnly> ChasedOn => _chasedOn.AsReadOnly();

    // [seed 001 §1.5] an unreturned check must be reported to the court so the RO can follow it up.
    public bool OutstandingToldToCourt { get; private set; }

    public DateOnly? ToldToCourtOn { get; private set; }

    public bool IsReturned => ReturnedOn is not null;

    /// <summary>Returned, or outstanding and told to the court: the report can be marked ready.</summary>
    public bool IsResolved => IsReturned || OutstandingToldToCourt;

    public DateOnly? LastChasedOn => _chasedOn.Count == 0 ? null : _chasedOn.Max();

    public string Name => DisplayName(Kind);

    public static string DisplayName(PreSentenceCheckKind kind) => kind switch
    {
        PreSentenceCheckKind.PoliceDomesticAbuse => "police domestic abuse check",
        _ => "children's services check",
    };

    internal static PreSentenceCheck Create(Guid reportId, PreSentenceCheckKind kind) =>
        new() { Id = Guid.CreateVersion7(), ReportId = reportId, Kind = kind };

    internal void Request(DateOnly on)
    {
        CheckRule(new CheckMustNotBeReturnedRule(this));
        RequestedOn = on;
    }

    internal void Chase(DateOnly on)
    {
        CheckRule(new CheckMustBeRequestedBeforeChasingRule(this));
        CheckRule(new CheckMustNotBeReturnedRule(this));
        CheckRule(new CheckDateNotBeforeRequestRule(RequestedOn, on));
        _chasedOn.Add(on);
    }

    internal void RecordReturned(string result, DateOnly on)
    {
        CheckRule(new TextIsRequiredRule(result, $"Enter what the {Name} found."));
        CheckRule(new CheckMustNotBeReturnedRule(this));
        CheckRule(new CheckDateNotBeforeRequestRule(RequestedOn, on));
        Result = result.Trim();
        ReturnedOn = on;
    }

    internal void RecordOutstandingToldToCourt(DateOnly on)
    {
        CheckRule(new CheckMustNotBeReturnedRule(this));
        OutstandingToldToCourt = true;
        ToldToCourtOn = on;
    }

    internal OutstandingCheckTask ToTask() => new(Kind, RequestedOn, LastChasedOn, OutstandingToldToCourt);
}
