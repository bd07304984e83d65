using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Court;

/// <summary>[seed 003: 56% / 39% / 5%] pre-sentence report types [DOMAIN.md §10].</summary>
public enum PsrType
{
    /// <summary>Given on the day; needs a typed record before it is closed [seed 000 Rec, 001 §1.5].</summary>
    Oral = 1,
    FastDelivery = 2,
    StandardDelivery = 3,
}

public enum PsrStatus
{
    NotStarted = 1,
    InProgress = 2,
    Ready = 3,
    Delivered = 4,
    Sentenced = 5,
}

/// <summary>[seed 001 §1.7–1.8, 000 §2.2] the checks needed in all cases.</summary>
public enum PreSentenceCheckKind
{
    PoliceDomesticAbuse = 1,
    ChildrensServices = 2,
}

/// <summary>
/// Sentence kinds in the order of severity used by the inspectorate's concordance table
/// [seed 003 Figure 9]: discharge &lt; fine &lt; community order &lt; suspended sentence order &lt; custody.
/// The numeric values are that order; <see cref="SentenceConcordanceRule"/> relies on it.
/// </summary>
public enum SentenceKind
{
    /// <summary>Absolute or conditional discharge: no supervision.</summary>
    Discharge = 1,

    /// <summary>Fine: no supervision.</summary>
    Fine = 2,

    CommunityOrder = 3,
    SuspendedSentenceOrder = 4,

    /// <summary>Immediate custody: licence or PSS follows release; no order is created at sentence.</summary>
    Custody = 5,
}

/// <summary>Passed against proposed [seed 003 Figure 9].</summary>
public enum Concordance
{
    Same = 1,
    MoreSevere = 2,
    LessSevere = 3,
}

public static class SentenceKinds
{
    /// <summary>The order a sentence kind creates, or null when the sentence has no probation supervision.</summary>
    public static OrderType? OrderTypeFor(SentenceKind kind) => kind switch
    {
        SentenceKind.CommunityOrder => OrderType.CommunityOrder,
        SentenceKind.SuspendedSentenceOrder => OrderType.SuspendedSentenceOrder,
        _ => null,
    };

    public static bool IsNonSupervision(SentenceKind kind) => OrderTypeFor(kind) is null;
}

/// <summary>
/// The assessment in the report [DOMAIN.md §10, seed 003]: sources, offence analysis, RoSH screening and
/// who is at risk, OGRS and RSR, victim impact and factors linked to offending. A complex type for persistence.
/// </summary>
public sealed record PsrAssessment
{
    public static PsrAssessment Empty { get; } = new();

    public string? SourcesOfInformation { get; init; }

    public string? OffenceAnalysis { get; init; }

    public RoshLevel RoshScreening { get; init; }

    public PeopleAtRisk AtRisk { get; init; }

    public int? OgrsPercent { get; init; }

    public decimal? RsrPercent { get; init; }

    public string? VictimImpact { get; init; }

    public Needs FactorsLinkedToOffending { get; init; }
}

/// <summary>What the court passed; it may differ from the proposal [DOMAIN.md §10].</summary>
public sealed record CourtSentence(SentenceKind Sentence, DateOnly SentencedOn, int? LengthInMonths, IReadOnlyList<RequirementTerms> Requirements);

/// <summary>A check still outstanding at sentence: a task for the responsible officer [seed 001 §1.5, §1.7–1.8].</summary>
public sealed record OutstandingCheckTask(PreSentenceCheckKind Kind, DateOnly? RequestedOn, DateOnly? LastChasedOn, bool ToldToCourt);

/// <summary>
/// The result of recording a sentence: everything <see cref="Order.Create"/> needs (when the sentence has
/// supervision), the outstanding checks to hand to the RO, and the concordance with the proposal.
/// </summary>
public sealed record SentenceRecorded(
    Guid PersonId,
    OrderType? OrderType,
    string SentencingCourt,
    DateOnly SentenceDate,
    DateOnly StartDate,
    DateOnly? ExpectedEndDate,
    IReadOnlyList<OffenceDetails> Offences,
    IReadOnlyList<RequirementTerms> Requirements,
    IReadOnlyList<OutstandingCheckTask> OutstandingChecks,
    Concordance? Concordance)
{
    /// <summary>[DOMAIN.md §10] a community order or SSO creates an order and a case awaiting allocation.</summary>
    public bool CreatesOrder => OrderType is not null;

    public Order CreateOrder(DateTimeOffset now)
    {
        if (OrderType is not { } type || ExpectedEndDate is not { } end)
        {
            throw new DomainException("This sentence has no probation supervision, so no order is created.");
        }

        return Order.Create(PersonId, type, SentencingCourt, SentenceDate, StartDate, end, Offences, Requirements, now);
    }
}
