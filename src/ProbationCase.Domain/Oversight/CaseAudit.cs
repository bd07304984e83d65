namespace ProbationCase.Domain.Oversight;

/// <summary>An audit answer. Not applicable only where the published figure is for a sub-sample [seed 002 Annex 2, note 17].</summary>
public enum AuditAnswer
{
    Yes = 1,
    No = 2,
    NotApplicable = 3,
}

/// <summary>One answer as the auditor gives it.</summary>
public sealed record AuditAnswerDetails(string QuestionCode, AuditAnswer Answer, string? Note = null);

/// <summary>
/// A quality audit of one case against the inspection questions [DOMAIN.md §11, seed 002 Annex 2, 004].
/// Every case supervision question (2.1–2.4) is answered; the unpaid work questions (4.1) are answered
/// for cases with unpaid work, all or none.
/// </summary>
public sealed class CaseAudit : Entity
{
    private readonly List<CaseAuditAnswer> _answers = [];

    private CaseAudit() { }

    public Guid PersonId { get; private set; }

    public Guid AuditorId { get; private set; }

    public DateOnly AuditedOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyCollection<CaseAuditAnswer> Answers => _answers.AsReadOnly();

    public bool IncludesUnpaidWork => _answers.Any(answer => answer.Domain == AuditDomain.UnpaidWork);

    public static CaseAudit Record(Guid personId, Guid auditorId, DateOnly auditedOn, IEnumerable<AuditAnswerDetails> answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var answerList = answers.ToList();
        foreach (var answer in answerList)
        {
            BusinessRule.Check(new AuditQuestionMustBeInCatalogueRule(answer.QuestionCode));
            BusinessRule.Check(new NotApplicableOnlyForSubSampleQuestionsRule(answer));
        }

        BusinessRule.Check(new AuditQuestionAnsweredOnceRule(answerList));
        BusinessRule.Check(new AuditAnswersEveryQuestionRule(answerList));

        var audit = new CaseAudit
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            AuditorId = auditorId,
            AuditedOn = auditedOn,
            RecordedAt = now.ToUniversalTime(),
        };
        audit._answers.AddRange(answerList.Select(answer => CaseAuditAnswer.Create(audit.Id, answer)));
        return audit;
    }

    /// <summary>Changes one answer (the audit trail keeps the before and after [DOMAIN.md §12]).</summary>
    public void CorrectAnswer(AuditAnswerDetails correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var answer = _answers.SingleOrDefault(candidate => candidate.QuestionCode == correction.QuestionCode)
            ?? throw new DomainException("That question was not answered in this audit.");
        CheckRule(new NotApplicableOnlyForSubSampleQuestionsRule(correction));
        answer.Change(correction.Answer, correction.Note);
    }

    public AuditAnswer? AnswerTo(string questionCode) =>
        _answers.SingleOrDefault(answer => answer.QuestionCode == questionCode)?.Answer;
}

/// <summary>One answer in a <see cref="CaseAudit"/>. The domain is kept so results group without the catalogue.</summary>
public sealed class CaseAuditAnswer : Entity
{
    private CaseAuditAnswer() { }

    public Guid AuditId { get; private set; }

    public AuditDomain Domain { get; private set; }

    /// <summary>The inspection question number, for example "2.2.3" [seed 002 Annex 2].</summary>
    public string QuestionCode { get; private set; } = string.Empty;

    public AuditAnswer Answer { get; private set; }

    public string? Note { get; private set; }

    internal static CaseAuditAnswer Create(Guid auditId, AuditAnswerDetails details) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            AuditId = auditId,
            Domain = InspectionQuestions.Find(details.QuestionCode)!.Domain,
            QuestionCode = details.QuestionCode,
            Answer = details.Answer,
            Note = string.IsNullOrWhiteSpace(details.Note) ? null : details.Note.Trim(),
        };

    internal void Change(AuditAnswer answer, string? note)
    {
        Answer = answer;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>A team's "% yes" for one question beside the inspectorate's published figure [DOMAIN.md §11].</summary>
public sealed record AuditQuestionResult(InspectionQuestion Question, int Answered, int Yes, decimal? PercentYes)
{
    public int PublishedPercentYes => Question.PublishedPercentYes;
}

public static class CaseAuditResults
{
    /// <summary>% yes per question over the given audits; "not applicable" answers are left out of the count [seed 002 Annex 2, note 17].</summary>
    public static IReadOnlyList<AuditQuestionResult> PercentYes(IEnumerable<CaseAudit> audits)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var answers = audits.SelectMany(audit => audit.Answers).Where(answer => answer.Answer != AuditAnswer.NotApplicable).ToList();
        return InspectionQuestions.All
            .Select(question =>
            {
                var forQuestion = answers.Where(answer => answer.QuestionCode == question.Code).ToList();
                var yes = forQuestion.Count(answer => answer.Answer == AuditAnswer.Yes);
                decimal? percent = forQuestion.Count == 0 ? null : decimal.Round(100m * yes / forQuestion.Count, 0, MidpointRounding.AwayFromZero);
                return new AuditQuestionResult(question, forQuestion.Count, yes, percent);
            })
            .ToList();
    }
}

public sealed class AuditQuestionMustBeInCatalogueRule(string questionCode) : IBusinessRule
{
    public bool IsBroken() => InspectionQuestions.Find(questionCode) is null;

    public string Message => "That is not one of the inspection questions.";
}

// [seed 002 Annex 2, note 17] only the keeping-others-safe questions are for the relevant sub-sample.
public sealed class NotApplicableOnlyForSubSampleQuestionsRule(AuditAnswerDetails answer) : IBusinessRule
{
    public bool IsBroken() =>
        answer.Answer == AuditAnswer.NotApplicable && InspectionQuestions.Find(answer.QuestionCode) is { RelevantSubSampleOnly: false };

    public string Message => $"Question {answer.QuestionCode} applies to every case. Answer yes or no.";
}

public sealed class AuditQuestionAnsweredOnceRule(IReadOnlyCollection<AuditAnswerDetails> answers) : IBusinessRule
{
    public bool IsBroken() => answers.GroupBy(answer => answer.QuestionCode).Any(group => group.Count() > 1);

    public string Message => "Answer each question once.";
}

// [seed 002 Annex 2] every case supervision question is answered; unpaid work questions all or none.
public sealed class AuditAnswersEveryQuestionRule(IReadOnlyCollection<AuditAnswerDetails> answers) : IBusinessRule
{
    public bool IsBroken() => Missing() is not null;

    public string Message => Missing() is { } code ? $"Answer question {code}." : string.Empty;

    private string? Missing()
    {
        var answered = answers.Select(answer => answer.QuestionCode).ToHashSet();
        var required = InspectionQuestions.All.Where(question => question.Domain != AuditDomain.UnpaidWork).ToList();
        var unpaidWork = InspectionQuestions.In(AuditDomain.UnpaidWork).ToList();
        if (unpaidWork.Any(question => answered.Contains(question.Code)))
        {
            required.AddRange(unpaidWork);
        }

        return required.FirstOrDefault(question => !answered.Contains(question.Code))?.Code;
    }
}
