using ProbationCase.Domain.Oversight;

namespace ProbationCase.Domain.Tests.Oversight;

public class CaseAuditTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly AuditedOn = new(2024, 6, 3);
    private static readonly Guid PersonId = Guid.Parse("0191a0d2-0000-7000-8000-0000000000f1");
    private static readonly Guid Auditor = Guid.Parse("0191a0d2-0000-7000-8000-0000000000f2");

    private static List<AuditAnswerDetails> CaseSupervisionAnswers(AuditAnswer answer = AuditAnswer.Yes) =>
        InspectionQuestions.All
            .Where(question => question.Domain != AuditDomain.UnpaidWork)
            .Select(question => new AuditAnswerDetails(question.Code, answer))
            .ToList();

    private static CaseAudit Audit(IEnumerable<AuditAnswerDetails> answers) => CaseAudit.Record(PersonId, Auditor, AuditedOn, answers, Now);

    [Fact]
    public void Catalogue_PlanningKeepingOthersSafe_PublishedFigureThirtyFourPercentForRelevantSubSample()
    {
        var question = InspectionQuestions.Find("2.2.3")!;

        Assert.Equal((AuditDomain.Planning, "Does planning focus sufficiently on keeping other people safe?", 34, true), (question.Domain, question.Wording, question.PublishedPercentYes, question.RelevantSubSampleOnly));
    }

    [Fact]
    public void Catalogue_EveryDomain_HasQuestionsAndAStandard()
    {
        Assert.All(Enum.GetValues<AuditDomain>(), domain =>
        {
            Assert.NotEmpty(InspectionQuestions.In(domain));
            Assert.Single(InspectionQuestions.Standards, standard => standard.Domain == domain);
        });
        Assert.Equal(16, InspectionQuestions.All.Count);
    }

    [Fact]
    public void Record_AllCaseSupervisionQuestions_KeepsAnswersAndNotes()
    {
        var answers = CaseSupervisionAnswers();
        answers[5] = new AuditAnswerDetails("2.2.3", AuditAnswer.No, "No objective on keeping the partner safe.");

        var audit = Audit(answers);

        Assert.Equal(12, audit.Answers.Count);
        var answer = audit.Answers.Single(candidate => candidate.QuestionCode == "2.2.3");
        Assert.Equal((audit.Id, AuditDomain.Planning, AuditAnswer.No, "No objective on keeping the partner safe."), (answer.AuditId, answer.Domain, answer.Answer, answer.Note));
        Assert.False(audit.IncludesUnpaidWork);
    }

    [Fact]
    public void Record_QuestionMissing_Refused()
    {
        var answers = CaseSupervisionAnswers();
        answers.RemoveAll(answer => answer.QuestionCode == "2.4.2");

        var error = Assert.Throws<DomainException>(() => Audit(answers));

        Assert.Equal("Answer question 2.4.2.", error.Message);
    }

    [Fact]
    public void Record_SomeUnpaidWorkQuestions_AllUnpaidWorkQuestionsNeeded()
    {
        var answers = CaseSupervisionAnswers();
        answers.Add(new AuditAnswerDetails("4.1.1", AuditAnswer.Yes));

        var error = Assert.Throws<DomainException>(() => Audit(answers));

        Assert.Equal("Answer question 4.1.2.", error.Message);
    }

    [Fact]
    public void Record_UnknownQuestion_Refused()
    {
        var answers = CaseSupervisionAnswers();
        answers.Add(new AuditAnswerDetails("9.9.9", AuditAnswer.Yes));

        Assert.Throws<DomainException>(() => Audit(answers));
    }

    [Fact]
    public void Record_QuestionAnsweredTwice_Refused()
    {
        var answers = CaseSupervisionAnswers();
        answers.Add(new AuditAnswerDetails("2.1.1", AuditAnswer.No));

        var error = Assert.Throws<DomainException>(() => Audit(answers));

        Assert.Equal("Answer each question once.", error.Message);
    }

    [Fact]
    public void Record_NotApplicableOnQuestionForEveryCase_Refused()
    {
        var answers = CaseSupervisionAnswers();
        answers[0] = new AuditAnswerDetails("2.1.1", AuditAnswer.NotApplicable);

        var error = Assert.Throws<DomainException>(() => Audit(answers));

        Assert.Equal("Question 2.1.1 applies to every case. Answer yes or no.", error.Message);
    }

    [Fact]
    public void Record_NotApplicableOnKeepingOthersSafe_Allowed()
    {
        var answers = CaseSupervisionAnswers();
        answers[5] = new AuditAnswerDetails("2.2.3", AuditAnswer.NotApplicable);

        var audit = Audit(answers);

        Assert.Equal(AuditAnswer.NotApplicable, audit.AnswerTo("2.2.3"));
    }

    [Fact]
    public void CorrectAnswer_ChangesAnswerAndNote()
    {
        var audit = Audit(CaseSupervisionAnswers());

        audit.CorrectAnswer(new AuditAnswerDetails("2.3.2", AuditAnswer.No, "RAR activities not linked to the plan."));

        Assert.Equal(AuditAnswer.No, audit.AnswerTo("2.3.2"));
    }

    [Fact]
    public void PercentYes_OneYesOneNoOneNotApplicable_FiftyPercentBesidePublished()
    {
        var yes = Audit(CaseSupervisionAnswers(AuditAnswer.Yes));
        var no = Audit(CaseSupervisionAnswers(AuditAnswer.No));
        var notApplicable = CaseSupervisionAnswers(AuditAnswer.Yes);
        notApplicable[5] = new AuditAnswerDetails("2.2.3", AuditAnswer.NotApplicable);

        var results = CaseAuditResults.PercentYes([yes, no, Audit(notApplicable)]);

        var planningSafety = results.Single(result => result.Question.Code == "2.2.3");
        Assert.Equal((2, 1, (decimal?)50m, 34), (planningSafety.Answered, planningSafety.Yes, planningSafety.PercentYes, planningSafety.PublishedPercentYes));
        Assert.Null(results.Single(result => result.Question.Code == "4.1.1").PercentYes);
    }
}
