using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Orders;

/// <summary>
/// A sentence with supervision [DOMAIN.md §2]. Aggregate root for its offences, requirements and
/// enforcement record (failures, warnings, decisions). Contacts are their own aggregate but are
/// created here (<see cref="ArrangeContact"/>) so the RAR and termination rules cannot be bypassed.
/// </summary>
public sealed partial class Order : Entity
{
    private readonly List<Offence> _offences = [];
    private readonly List<Requirement> _requirements = [];
    private readonly List<UnacceptableFailure> _failures = [];
    private readonly List<EnforcementWarning> _warnings = [];
    private readonly List<EnforcementDecision> _decisions = [];
    private readonly List<OrderExtension> _extensions = [];

    private Order() { }

    public Guid PersonId { get; private set; }

    public OrderType Type { get; private set; }

    public string SentencingCourt { get; private set; } = string.Empty;

    public DateOnly SentenceDate { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>The date the order is due to end, including any extension by a court [DOMAIN.md §9a].</summary>
    public DateOnly ExpectedEndDate { get; private set; }

    /// <summary>The date the order's end was recorded as (early, or at its expected end); null while that is not recorded.</summary>
    public DateOnly? ActualEndDate { get; private set; }

    public TerminationReason? TerminationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<Offence> Offences => _offences.AsReadOnly();

    public IReadOnlyCollection<Requirement> Requirements => _requirements.AsReadOnly();

    public IReadOnlyCollection<UnacceptableFailure> Failures => _failures.AsReadOnly();

    public IReadOnlyCollection<EnforcementWarning> Warnings => _warnings.AsReadOnly();

    public IReadOnlyCollection<EnforcementDecision> Decisions => _decisions.AsReadOnly();

    /// <summary>Extensions by a court, oldest first.</summary>
    public IReadOnlyCollection<OrderExtension> Extensions => _extensions.AsReadOnly();

    /// <summary>The order's end has been recorded (early termination, or completion at its expected end).</summary>
    public bool HasEnded => ActualEndDate is not null;

    /// <summary>
    /// [DOMAIN.md §9a] the last day of the order: the actual end if it ended early, otherwise the expected
    /// end including any extension by a court. Nothing counts after it, whether or not the end is recorded.
    /// </summary>
    public DateOnly EndDate => ActualEndDate ?? ExpectedEndDate;

    /// <summary>The order's time elapsed on <paramref name="today"/>, from its start to its end (actual or expected).</summary>
    public OrderTimeElapsed TimeElapsedOn(DateOnly today) => OrderTimeElapsed.Between(StartDate, EndDate, today);

    /// <summary>[measure] SL003; [seed 001 §2.6] supervision starts at sentence, or on release (the start date) for a licence.</summary>
    public DateOnly SupervisionStartsOn => Type == OrderType.Licence ? StartDate : SentenceDate;

    public RarRequirement? Rar => _requirements.OfType<RarRequirement>().SingleOrDefault();

    public UnpaidWorkRequirement? UnpaidWork => _requirements.OfType<UnpaidWorkRequirement>().SingleOrDefault();

    public static Order Create(
        Guid personId,
        OrderType type,
        string sentencingCourt,
        DateOnly sentenceDate,
        DateOnly startDate,
        DateOnly expectedEndDate,
        IEnumerable<OffenceDetails> offences,
        IEnumerable<RequirementTerms> requirements,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(offences);
        ArgumentNullException.ThrowIfNull(requirements);
        var offenceList = offences.ToList();
        var termsList = requirements.ToList();

        BusinessRule.Check(new TextIsRequiredRule(sentencingCourt, "Enter the sentencing court."));
        BusinessRule.Check(new OrderStartsOnOrAfterSentenceRule(sentenceDate, startDate));
        BusinessRule.Check(new OrderLengthWithinLimitRule(type, startDate, expectedEndDate));
        BusinessRule.Check(new OrderNeedsOffenceRule(offenceList, sentenceDate));
        BusinessRule.Check(new CommunityOrderNeedsRequirementRule(type, termsList.Count));

        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            Type = type,
            SentencingCourt = sentencingCourt.Trim(),
            SentenceDate = sentenceDate,
            StartDate = startDate,
            ExpectedEndDate = expectedEndDate,
            CreatedAt = now.ToUniversalTime(),
        };
        order._offences.AddRange(offenceList.Select(offence => Offence.Create(order.Id, offence)));
        foreach (var terms in termsList)
        {
            order.AddRequirement(terms);
        }

        return order;
    }

    public Requirement AddRequirement(RequirementTerms terms) => AddRequirement(terms, imposedOnBreach: false);

    private Requirement AddRequirement(RequirementTerms terms, bool imposedOnBreach)
    {
        ArgumentNullException.ThrowIfNull(terms);
        CheckRule(new OrderMustBeActiveRule(ActualEndDate));
        CheckRule(new OneCountedRequirementOfEachTypeRule(_requirements.Select(requirement => requirement.Type), terms.Type));
        CheckRule(new RarNeedsOffenceUnderOraRule(terms.Type == RequirementType.RehabilitationActivity, _offences.Select(offence => offence.OffenceDate)));
        var requirement = Requirement.Create(Id, terms, imposedOnBreach);
        _requirements.Add(requirement);
        return requirement;
    }

    public Requirement GetRequirement(Guid requirementId)
    {
        var requirement = _requirements.SingleOrDefault(candidate => candidate.Id == requirementId);
        CheckRule(new RequirementBelongsToOrderRule(requirement));
        return requirement!;
    }

    public void StartRequirement(Guid requirementId, DateOnly on)
    {
        CheckRule(new OrderMustBeActiveRule(ActualEndDate));
        GetRequirement(requirementId).Start(on);
    }

    public void CompleteRequirement(Guid requirementId, DateOnly on)
    {
        var requirement = GetRequirement(requirementId);
        CheckRule(new RarCompletesThroughLedgerRule(requirement));
        requirement.Complete(on);
    }

    /// <summary>Completes the RAR; a shortfall against the maximum needs a reason [seed 003].</summary>
    public void CompleteRar(IEnumerable<Contact> contacts, DateOnly on, string? shortfallReason, DateTimeOffset now)
    {
        var rar = Rar ?? throw new DomainException("This order has no RAR.");
        var progress = RarLedger.Calculate(this, contacts, now, Calendar.TimelinessPolicy.Default);
        rar.Complete(on, progress.DaysDelivered, shortfallReason);
    }

    public void TerminateRequirement(Guid requirementId, DateOnly on, string reason) =>
        GetRequirement(requirementId).Terminate(on, reason);

    public void MarkRequirementNotDelivered(Guid requirementId, DateOnly on, string reason) =>
        GetRequirement(requirementId).MarkNotDelivered(on, reason);

    /// <summary>[DOMAIN.md §6] moves an accredited programme through its statuses, refusing illegal moves.</summary>
    public void MoveProgramme(Guid requirementId, ProgrammeStatus next, DateOnly on, string? reason = null)
    {
        CheckRule(new OrderMustBeActiveRule(ActualEndDate));
        ProgrammeRequirement(requirementId).MoveTo(next, on, reason);
    }

    public void RecordProgrammeSessionAttended(Guid requirementId, DateOnly attendedOn)
    {
        CheckRule(new NothingDatedAfterOrderEndRule("A programme session", attendedOn, EndDate));
        ProgrammeRequirement(requirementId).RecordSessionAttended();
    }

    /// <summary>[seed 002 §4] credits minutes for an unpaid work session.</summary>
    public UnpaidWorkSession CreditUnpaidWork(DateOnly workedOn, int minutes, bool isEducationTrainingOrEmployment, Guid? contactId = null)
    {
        var unpaidWork = UnpaidWork ?? throw new DomainException("This order has no unpaid work requirement.");
        CheckRule(new UnpaidWorkNotBeforeSentenceRule(workedOn, SentenceDate));
        CheckRule(new NothingDatedAfterOrderEndRule("Unpaid work", workedOn, EndDate));
        return unpaidWork.CreditSession(workedOn, minutes, isEducationTrainingOrEmployment, contactId);
    }

    public UnpaidWorkStandDown RecordUnpaidWorkStandDown(DateOnly on, string reason, Guid? contactId = null)
    {
        var unpaidWork = UnpaidWork ?? throw new DomainException("This order has no unpaid work requirement.");
        return unpaidWork.RecordStandDown(on, reason, contactId);
    }

    private AccreditedProgrammeRequirement ProgrammeRequirement(Guid requirementId) =>
        GetRequirement(requirementId) as AccreditedProgrammeRequirement
        ?? throw new DomainException("That requirement is not an accredited programme.");
}

public sealed class RarCompletesThroughLedgerRule(Requirement requirement) : IBusinessRule
{
    public bool IsBroken() => requirement is RarRequirement;

    public string Message => "Complete a RAR from its RAR days page so any shortfall in days is explained.";
}
