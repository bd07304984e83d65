using System.Linq.Expressions;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Court;

/// <summary>
/// A pre-sentence report and what came of it [DOMAIN.md §10]. Aggregate root for its offences,
/// pre-sentence checks and proposal. Recording the sentence hands back what is needed to create the
/// order and the outstanding checks as tasks for the RO.
/// </summary>
public sealed class PreSentenceReport : Entity
{
    private readonly List<PsrOffence> _offences = [];
    private readonly List<PreSentenceCheck> _checks = [];

    private PreSentenceReport() { }

    /// <summary>The person the report is about: an existing case or one created for the report.</summary>
    public Guid PersonId { get; private set; }

    public PsrType Type { get; private set; }

    public string CourtName { get; private set; } = string.Empty;

    public DateOnly HearingDate { get; private set; }

    public PsrStatus Status { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public PsrAssessment Assessment { get; private set; } = PsrAssessment.Empty;

    public SentenceProposal? Proposal { get; private set; }

    /// <summary>[seed 000 Rec, 001 §1.5] the written record of an oral report (or the written report's text).</summary>
    public string? TypedRecord { get; private set; }

    public DateTimeOffset? TypedRecordAt { get; private set; }

    public DateTimeOffset? ReadyAt { get; private set; }

    public DateOnly? DeliveredOn { get; private set; }

    public SentenceKind? SentencePassed { get; private set; }

    public int? PassedLengthInMonths { get; private set; }

    public DateOnly? SentencedOn { get; private set; }

    /// <summary>[seed 003 Figure 9] passed against proposed; null when there was no proposal.</summary>
    public Concordance? Concordance { get; private set; }

    /// <summary>The order created from the sentence, when it had supervision.</summary>
    public Guid? OrderId { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyCollection<PsrOffence> Offences => _offences.AsReadOnly();

    public IReadOnlyCollection<PreSentenceCheck> Checks => _checks.AsReadOnly();

    /// <summary>
    /// [DOMAIN.md §10] a report is open (still the court team's work) until it is closed after sentence.
    /// Stated once, as an expression lists can filter on; <see cref="IsClosed"/> is its negation.
    /// </summary>
    public static Expression<Func<PreSentenceReport, bool>> IsOpen { get; } = report => report.ClosedAt == null;

    private static readonly Func<PreSentenceReport, bool> IsOpenNow = IsOpen.Compile();

    public bool IsClosed => !IsOpenNow(this);

    /// <summary>An oral report not yet typed up: the court team's queue [seed 001 §1.2: a third had no written record].</summary>
    public bool IsAwaitingTypedRecord => Type == PsrType.Oral && string.IsNullOrWhiteSpace(TypedRecord);

    public static PreSentenceReport Create(
        Guid personId,
        PsrType type,
        string courtName,
        DateOnly hearingDate,
        IEnumerable<OffenceDetails> offences,
        Guid authorId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(offences);
        var offenceList = offences.ToList();
        BusinessRule.Check(new TextIsRequiredRule(courtName, "Enter the court."));
        BusinessRule.Check(new ReportNeedsOffenceRule(offenceList));

        var report = new PreSentenceReport
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            Type = type,
            CourtName = courtName.Trim(),
            HearingDate = hearingDate,
            Status = PsrStatus.NotStarted,
            AuthorId = authorId,
            RequestedAt = now.ToUniversalTime(),
        };
        report._offences.AddRange(offenceList.Select(offence => PsrOffence.Create(report.Id, offence)));

        // [seed 001 §1.7–1.8] checks are needed in all cases, so both exist from the start.
        report._checks.Add(PreSentenceCheck.Create(report.Id, PreSentenceCheckKind.PoliceDomesticAbuse));
        report._checks.Add(PreSentenceCheck.Create(report.Id, PreSentenceCheckKind.ChildrensServices));
        return report;
    }

    public PsrOffence AddOffence(OffenceDetails offence)
    {
        ArgumentNullException.ThrowIfNull(offence);
        CheckRule(new ReportNeedsOffenceRule([offence]));
        StartWriting();
        var added = PsrOffence.Create(Id, offence);
        _offences.Add(added);
        return added;
    }

    /// <summary>[seed 003] sources, offence analysis, RoSH screening, OGRS, RSR, victim impact, factors linked to offending.</summary>
    public void RecordAssessment(PsrAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        CheckRule(new RiskAssessmentMustBeValidRule(new RiskAssessment
        {
            Rosh = assessment.RoshScreening,
            AtRisk = assessment.AtRisk,
            OgrsPercent = assessment.OgrsPercent,
            RsrPercent = assessment.RsrPercent,
        }));
        StartWriting();
        Assessment = assessment with
        {
            SourcesOfInformation = Tidy(assessment.SourcesOfInformation),
            OffenceAnalysis = Tidy(assessment.OffenceAnalysis),
            VictimImpact = Tidy(assessment.VictimImpact),
        };
    }

    /// <summary>
    /// [DOMAIN.md §10; seed 000 §2.1, §4.1] proposes a sentence. A programme must be in the catalogue and
    /// available; each RAR activity must be a catalogue RAR activity available now. Replaces any earlier proposal.
    /// </summary>
    public SentenceProposal ProposeSentence(
        SentenceKind sentence,
        int? lengthInMonths,
        IEnumerable<RequirementTerms> requirements,
        IEnumerable<Guid> rarActivityIds,
        string rationale,
        IReadOnlyCollection<Intervention> catalogue,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(rarActivityIds);
        ArgumentNullException.ThrowIfNull(catalogue);
        var terms = requirements.ToList();
        var activityIds = rarActivityIds.Distinct().ToList();

        CheckRule(new ReportMustBeBeingWrittenRule(Status));
        CheckRule(new TextIsRequiredRule(rationale, "Enter the rationale for the proposal."));
        SentenceShape.Check(sentence, lengthInMonths, terms, _offences.Select(offence => offence.OffenceDate));
        foreach (var programme in terms.Where(requirement => requirement.Type == RequirementType.AccreditedProgramme))
        {
            CheckRule(new ProgrammeMustBeAvailableFromCatalogueRule(programme.ProgrammeName, catalogue));
        }

        CheckRule(new RarProposalNeedsActivitiesRule(terms.Any(requirement => requirement.Type == RequirementType.RehabilitationActivity), activityIds.Count));
        foreach (var activityId in activityIds)
        {
            CheckRule(new RarActivityMustBeAvailableFromCatalogueRule(activityId, catalogue));
        }

        StartWriting();
        var programmes = catalogue.Where(intervention => intervention.Type == InterventionType.AccreditedProgramme).ToList();
        var activities = activityIds.Select(activityId => catalogue.First(intervention => intervention.Id == activityId)).ToList();
        Proposal = SentenceProposal.Create(Id, sentence, lengthInMonths, terms, programmes, activities, rationale, now);
        return Proposal;
    }

    /// <summary>[DOMAIN.md §4, seed 003] warnings, not errors: above 60 days, or at low likelihood of reoffending.</summary>
    public IReadOnlyList<RarProposalWarning> RarProposalWarnings(TimelinessPolicy policy) =>
        Proposal?.RarDays is { } days ? RarProposal.Warnings(days, Assessment.OgrsPercent, policy) : [];

    public void RecordCheckRequested(PreSentenceCheckKind kind, DateOnly on) => GetCheck(kind).Request(on);

    public void RecordCheckChased(PreSentenceCheckKind kind, DateOnly on) => GetCheck(kind).Chase(on);

    /// <summary>A check can come back at any time, even after sentence: the RO's task is then answered.</summary>
    public void RecordCheckReturned(PreSentenceCheckKind kind, string result, DateOnly on) => GetCheck(kind).RecordReturned(result, on);

    /// <summary>[seed 001 §1.5] the check has not come back and the court has been told.</summary>
    public void RecordCheckOutstandingToldToCourt(PreSentenceCheckKind kind, DateOnly on) => GetCheck(kind).RecordOutstandingToldToCourt(on);

    public PreSentenceCheck GetCheck(PreSentenceCheckKind kind) => _checks.Single(check => check.Kind == kind);

    public void RecordTypedRecord(string typedRecord, DateTimeOffset now)
    {
        CheckRule(new ReportMustNotBeClosedRule(ClosedAt));
        CheckRule(new TextIsRequiredRule(typedRecord, "Enter the typed record of the report."));
        TypedRecord = typedRecord.Trim();
        TypedRecordAt = now.ToUniversalTime();
    }

    /// <summary>Ready for court once every check is back or told to the court, RoSH is screened, a sentence proposed and the written sections started.</summary>
    public void MarkReady(DateTimeOffset now)
    {
        CheckRule(new PsrStatusMoveRule(Status, PsrStatus.Ready));
        CheckRule(new ChecksMustBeResolvedBeforeReadyRule(_checks));
        CheckRule(new ReportNeedsRoshScreeningRule(Assessment));
        CheckRule(new ReportNeedsProposalRule(Proposal));
        CheckRule(new ReportSectionsMustBeStartedRule(Assessment));
        Status = PsrStatus.Ready;
        ReadyAt = now.ToUniversalTime();
    }

    public void Reopen()
    {
        CheckRule(new PsrStatusMoveRule(Status, PsrStatus.InProgress));
        Status = PsrStatus.InProgress;
        ReadyAt = null;
    }

    public void MarkDelivered(DateOnly on)
    {
        CheckRule(new PsrStatusMoveRule(Status, PsrStatus.Delivered));
        Status = PsrStatus.Delivered;
        DeliveredOn = on;
    }

    /// <summary>
    /// [DOMAIN.md §10] records what the court passed (it may differ from the proposal), works out concordance
    /// [seed 003 Figure 9] and returns what is needed to create the order, with unreturned checks as RO tasks.
    /// </summary>
    public SentenceRecorded RecordSentence(CourtSentence passed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(passed);
        var requirements = passed.Requirements ?? [];
        CheckRule(new PsrStatusMoveRule(Status, PsrStatus.Sentenced));
        CheckRule(new SentenceNotBeforeHearingRule(HearingDate, passed.SentencedOn));
        CheckRule(new SentenceNotInTheFutureRule(passed.SentencedOn, today));
        SentenceShape.Check(passed.Sentence, passed.LengthInMonths, requirements, _offences.Select(offence => offence.OffenceDate));

        Status = PsrStatus.Sentenced;
        SentencePassed = passed.Sentence;
        PassedLengthInMonths = passed.LengthInMonths;
        SentencedOn = passed.SentencedOn;
        Concordance = Proposal is null
            ? null
            : new SentenceConcordanceRule(Proposal.Sentence, Proposal.LengthInMonths, Proposal.RequirementTerms, passed.Sentence, passed.LengthInMonths, requirements).Evaluate();

        var orderType = SentenceKinds.OrderTypeFor(passed.Sentence);
        return new SentenceRecorded(
            PersonId,
            orderType,
            CourtName,
            passed.SentencedOn,
            passed.SentencedOn,
            orderType is null ? null : passed.SentencedOn.AddMonths(passed.LengthInMonths!.Value),
            _offences.Select(offence => new OffenceDetails(offence.Description, offence.OffenceDate)).ToList(),
            requirements,
            _checks.Where(check => !check.IsReturned).Select(check => check.ToTask()).ToList(),
            Concordance);
    }

    /// <summary>Links the order created from <see cref="RecordSentence"/>.</summary>
    public void LinkOrder(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        CheckRule(new ReportMustBeSentencedRule(Status));
        CheckRule(new OrderMustBeForReportPersonRule(PersonId, order.PersonId));
        OrderId = order.Id;
    }

    /// <summary>[seed 000 Rec, 001 §1.5] an oral report is closed only once it has a typed record.</summary>
    public void Close(DateTimeOffset now)
    {
        CheckRule(new ReportMustNotBeClosedRule(ClosedAt));
        CheckRule(new ReportMustBeSentencedRule(Status));
        CheckRule(new OralReportNeedsTypedRecordRule(Type, TypedRecord));
        ClosedAt = now.ToUniversalTime();
    }

    /// <summary>[seed 003] reuse of a report given to court: warn after 6 months, refuse after 12.</summary>
    public PsrReuse CheckReuse(CaseDeadlines deadlines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        if (DeliveredOn is not { } delivered)
        {
            throw new DomainException("Only a report that was given to the court can be reused.");
        }

        return deadlines.CheckPsrReuse(delivered, today);
    }

    private void StartWriting()
    {
        CheckRule(new ReportMustBeBeingWrittenRule(Status));
        if (Status == PsrStatus.NotStarted)
        {
            Status = PsrStatus.InProgress;
        }
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An offence the report is about. Child of <see cref="PreSentenceReport"/>.</summary>
public sealed class PsrOffence : Entity
{
    private PsrOffence() { }

    public Guid ReportId { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public DateOnly OffenceDate { get; private set; }

    internal static PsrOffence Create(Guid reportId, OffenceDetails details) =>
        new() { Id = Guid.CreateVersion7(), ReportId = reportId, Description = details.Description.Trim(), OffenceDate = details.OffenceDate };
}
