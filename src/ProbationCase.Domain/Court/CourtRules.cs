using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Court;

// [DOMAIN.md §10] the report moves NotStarted → InProgress → Ready → Delivered → Sentenced; Ready can be reopened.
public sealed class PsrStatusMoveRule(PsrStatus from, PsrStatus to) : IBusinessRule
{
    public bool IsBroken() => (from, to) switch
    {
        (PsrStatus.NotStarted, PsrStatus.InProgress) => false,
        (PsrStatus.NotStarted or PsrStatus.InProgress, PsrStatus.Ready) => false,
        (PsrStatus.Ready, PsrStatus.InProgress) => false,
        (PsrStatus.Ready, PsrStatus.Delivered) => false,
        (PsrStatus.Delivered, PsrStatus.Sentenced) => false,
        _ => true,
    };

    public string Message => to switch
    {
        PsrStatus.Ready => "Only a report in progress can be marked ready.",
        PsrStatus.Delivered => "Mark the report ready before recording that it was given to the court.",
        PsrStatus.Sentenced => "Record that the report was given to the court before recording the sentence.",
        PsrStatus.InProgress => "Only a report marked ready can be reopened.",
        _ => "The report cannot move to that status.",
    };
}

// [DOMAIN.md §10] the report's content is changed only while it is being written.
public sealed class ReportMustBeBeingWrittenRule(PsrStatus status) : IBusinessRule
{
    public bool IsBroken() => status is not (PsrStatus.NotStarted or PsrStatus.InProgress);

    public string Message => status == PsrStatus.Ready
        ? "This report is marked ready. Reopen it to make changes."
        : "This report has been given to the court and cannot be changed.";
}

// [seed 001 §1.5, §1.7–1.8] checks are needed in all cases: each is back, or outstanding and told to the court.
public sealed class ChecksMustBeResolvedBeforeReadyRule(IEnumerable<PreSentenceCheck> checks) : IBusinessRule
{
    private readonly PreSentenceCheck? _unresolved = checks.FirstOrDefault(check => !check.IsResolved);

    public bool IsBroken() => _unresolved is not null;

    public string Message => _unresolved is null
        ? string.Empty
        : $"The {_unresolved.Name} has not come back. Record the result, or record that it is outstanding and the court has been told.";
}

// [DOMAIN.md §10, seed 000 §2.1] the report proposes a sentence.
public sealed class ReportNeedsProposalRule(SentenceProposal? proposal) : IBusinessRule
{
    public bool IsBroken() => proposal is null;

    public string Message => "Add a sentencing proposal before marking the report ready.";
}

// [seed 003] RoSH screening is part of every report.
public sealed class ReportNeedsRoshScreeningRule(PsrAssessment assessment) : IBusinessRule
{
    public bool IsBroken() => assessment.RoshScreening == People.RoshLevel.NotAssessed;

    public string Message => "Record the RoSH screening before marking the report ready.";
}

// [seed 000 Rec, 001 §1.2, §1.5] all oral reports are recorded in writing; a third had no written record.
public sealed class OralReportNeedsTypedRecordRule(PsrType type, string? typedRecord) : IBusinessRule
{
    public bool IsBroken() => type == PsrType.Oral && string.IsNullOrWhiteSpace(typedRecord);

    public string Message => "Type up the oral report before closing it.";
}

public sealed class ReportMustBeSentencedRule(PsrStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PsrStatus.Sentenced;

    public string Message => "Record the sentence before closing the report.";
}

public sealed class ReportMustNotBeClosedRule(DateTimeOffset? closedAt) : IBusinessRule
{
    public bool IsBroken() => closedAt is not null;

    public string Message => "This report is closed.";
}

public sealed class ReportNeedsOffenceRule(IReadOnlyCollection<Orders.OffenceDetails> offences) : IBusinessRule
{
    public bool IsBroken() => offences.Count == 0 || offences.Any(offence => string.IsNullOrWhiteSpace(offence.Description));

    public string Message => offences.Count == 0 ? "Enter at least one offence." : "Enter a description for each offence.";
}

public sealed class SentenceNotBeforeHearingRule(DateOnly hearingDate, DateOnly sentencedOn) : IBusinessRule
{
    public bool IsBroken() => sentencedOn < hearingDate;

    public string Message => "The date of sentence cannot be before the hearing date.";
}

public sealed class CheckMustNotBeReturnedRule(PreSentenceCheck check) : IBusinessRule
{
    public bool IsBroken() => check.IsReturned;

    public string Message => $"The {check.Name} has already come back.";
}

public sealed class CheckMustBeRequestedBeforeChasingRule(PreSentenceCheck check) : IBusinessRule
{
    public bool IsBroken() => check.RequestedOn is null;

    public string Message => $"Record when the {check.Name} was requested before chasing it.";
}

public sealed class CheckDateNotBeforeRequestRule(DateOnly? requestedOn, DateOnly on) : IBusinessRule
{
    public bool IsBroken() => requestedOn is { } requested && on < requested;

    public string Message => "The date cannot be before the check was requested.";
}

// [statute] community order up to 3 years [seed 003]; SSO supervision period up to 2 years.
public sealed class SentenceLengthWithinLimitRule(SentenceKind sentence, int? lengthInMonths) : IBusinessRule
{
    public bool IsBroken() => Problem() is not null;

    public string Message => Problem() ?? string.Empty;

    private string? Problem() => (sentence, lengthInMonths) switch
    {
        (SentenceKind.CommunityOrder or SentenceKind.SuspendedSentenceOrder, null) => "Enter the length of the order in months.",
        (_, < 1) => "The length must be at least 1 month.",
        (SentenceKind.CommunityOrder, > 36) => "A community order can last up to 3 years (36 months).",
        (SentenceKind.SuspendedSentenceOrder, > 24) => "A suspended sentence order can last up to 2 years (24 months).",
        _ => null,
    };
}

// [statute] only community orders and SSOs carry requirements.
public sealed class OnlyOrdersHaveRequirementsRule(SentenceKind sentence, int requirementCount) : IBusinessRule
{
    public bool IsBroken() => SentenceKinds.IsNonSupervision(sentence) && requirementCount > 0;

    public string Message => "Only a community order or suspended sentence order can have requirements.";
}

// [seed 003] a programme must be available locally before the court can order attendance.
public sealed class ProgrammeMustBeAvailableFromCatalogueRule(string? programmeName, IEnumerable<Intervention> catalogue) : IBusinessRule
{
    private readonly Intervention? _programme = catalogue.FirstOrDefault(intervention =>
        intervention.Type == InterventionType.AccreditedProgramme && SentenceProposal.SameName(intervention.Name, programmeName));

    public bool IsBroken() => _programme is not { IsAvailableNow: true };

    public string Message => _programme is null
        ? "Choose an accredited programme from the interventions catalogue."
        : $"{_programme.Name} is not available now, so it cannot be proposed.";
}

// [seed 000 §2.1, §4.1] RAR activities come from the catalogue, with availability confirmed.
public sealed class RarActivityMustBeAvailableFromCatalogueRule(Guid interventionId, IEnumerable<Intervention> catalogue) : IBusinessRule
{
    private readonly Intervention? _activity = catalogue.FirstOrDefault(intervention => intervention.Id == interventionId);

    public bool IsBroken() => _activity is not { Type: InterventionType.RarActivity, IsAvailableNow: true };

    public string Message => _activity switch
    {
        null => "Choose RAR activities from the interventions catalogue.",
        { Type: not InterventionType.RarActivity } => $"{_activity.Name} is an accredited programme, not a RAR activity. Propose it as a programme requirement.",
        _ => $"{_activity.Name} is not available now. Choose an activity that is.",
    };
}

// [DOMAIN.md §10] a RAR proposal names its activities; activities without a RAR have nothing to count against.
public sealed class RarProposalNeedsActivitiesRule(bool proposesRar, int activityCount) : IBusinessRule
{
    public bool IsBroken() => proposesRar != activityCount > 0;

    public string Message => proposesRar
        ? "Choose at least one RAR activity that is available now."
        : "Choose RAR activities only when proposing a RAR.";
}

public sealed class OrderMustBeForReportPersonRule(Guid reportPersonId, Guid orderPersonId) : IBusinessRule
{
    public bool IsBroken() => reportPersonId != orderPersonId;

    public string Message => "That order belongs to someone else.";
}

/// <summary>Checks the structure of a sentence (proposed or passed) against the statutory limits.</summary>
internal static class SentenceShape
{
    public static void Check(SentenceKind sentence, int? lengthInMonths, IReadOnlyList<RequirementTerms> requirements, IEnumerable<DateOnly> offenceDates)
    {
        BusinessRule.Check(new SentenceLengthWithinLimitRule(sentence, lengthInMonths));
        BusinessRule.Check(new OnlyOrdersHaveRequirementsRule(sentence, requirements.Count));
        if (SentenceKinds.OrderTypeFor(sentence) is { } orderType)
        {
            BusinessRule.Check(new Orders.CommunityOrderNeedsRequirementRule(orderType, requirements.Count));
        }

        var seen = new List<RequirementType>();
        foreach (var terms in requirements)
        {
            BusinessRule.Check(new Orders.OneCountedRequirementOfEachTypeRule(seen, terms.Type));
            seen.Add(terms.Type);
            if (terms.Type == RequirementType.RehabilitationActivity)
            {
                BusinessRule.Check(new RarMaximumDaysMustBePositiveRule(terms.Quantity ?? 0));
                BusinessRule.Check(new Orders.RarNeedsOffenceUnderOraRule(true, offenceDates));
            }

            if (terms.Type == RequirementType.UnpaidWork)
            {
                // [seed 002 §4] 40 to 300 hours.
                BusinessRule.Check(new UnpaidWorkHoursInRangeRule(terms.Quantity ?? 0));
            }
        }
    }
}

// [DOMAIN.md §10] the outcome records the sentence the court has passed: it cannot be dated after today.
public sealed class SentenceNotInTheFutureRule(DateOnly sentencedOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => sentencedOn > today;

    public string Message => "The date of sentence must be today or in the past.";
}

// [DOMAIN.md §10; seed 003] a report is written before it goes to court: its sources of information and
// its offence analysis must be started (RoSH screening and the checks have their own rules).
public sealed class ReportSectionsMustBeStartedRule(PsrAssessment assessment) : IBusinessRule
{
    private readonly string? _missing =
        string.IsNullOrWhiteSpace(assessment.SourcesOfInformation) ? "sources of information"
        : string.IsNullOrWhiteSpace(assessment.OffenceAnalysis) ? "offence analysis"
        : null;

    public bool IsBroken() => _missing is not null;

    public string Message => $"Write the {_missing} section before marking the report ready.";
}
