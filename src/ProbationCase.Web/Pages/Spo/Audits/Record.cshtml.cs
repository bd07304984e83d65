using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Oversight;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Spo;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Spo.Audits;

/// <summary>Answer the inspection questions for one team case [DOMAIN.md §11; seed 002 Annex 2] → CaseAudit.Record.</summary>
public sealed class RecordModel(ProbationCaseDbContext db, CaseAuditQueries queries, TimeProvider clock) : SpoPageModel
{
    [FromRoute(Name = "personId")]
    public Guid PersonId { get; set; }

    protected override Guid? ViewedPersonId => Case is null ? null : PersonId;

    [BindProperty]
    public AuditInput Input { get; set; } = new();

    public AuditSampleCase Case { get; private set; } = null!;

    public static IEnumerable<SelectListItem> AnswerItems(InspectionQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        yield return new SelectListItem("Yes", nameof(AuditAnswer.Yes));
        yield return new SelectListItem("No", nameof(AuditAnswer.No));
        if (question.RelevantSubSampleOnly)
        {
            yield return new SelectListItem("Not applicable (no risk of serious harm issues)", nameof(AuditAnswer.NotApplicable));
        }
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!IsValid(new AuditInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var answers = Input.Answers
            .Select((answer, index) => (answer, question: InspectionQuestions.All[index]))
            .Where(pair => Enum.TryParse<AuditAnswer>(pair.answer.Answer, out _))
            .Select(pair => new AuditAnswerDetails(pair.question.Code, Enum.Parse<AuditAnswer>(pair.answer.Answer!), pair.answer.Note))
            .ToList();
        db.CaseAudits.Add(CaseAudit.Record(PersonId, Team.StaffId, LondonClock.Today(clock), answers, clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Audited"] = $"Audit of {Case.Name} recorded";
        return RedirectToPage("/Spo/Audits/Index");
    }

    /// <summary>A refused audit names the question it is about: the error goes against that answer.</summary>
    protected override string FieldFor(DomainException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var missing = InspectionQuestions.All.Select((question, index) => (question, index))
            .FirstOrDefault(pair => rule.Message.Contains(pair.question.Code, StringComparison.Ordinal));
        return missing.question is null ? string.Empty : $"{nameof(Input)}.{nameof(Input.Answers)}[{missing.index}].{nameof(AuditAnswerInput.Answer)}";
    }

    private async Task<bool> LoadAsync()
    {
        var found = await queries.CaseAsync(Team.TeamId, PersonId, HttpContext.RequestAborted);
        if (found is null)
        {
            return false;
        }

        Case = found;
        while (Input.Answers.Count < InspectionQuestions.All.Count)
        {
            Input.Answers.Add(new AuditAnswerInput());
        }

        return true;
    }
}

public sealed class AuditInput
{
    public List<AuditAnswerInput> Answers { get; set; } = [];
}

public sealed class AuditAnswerInput
{
    public string? Answer { get; set; }

    [MaxLengthOf<CaseAuditAnswer>(nameof(CaseAuditAnswer.Note), Label = "Note")]
    public string? Note { get; set; }
}

public sealed class AuditInputValidator : AbstractValidator<AuditInput>
{
    public AuditInputValidator()
    {
        // Case supervision questions (2.1–2.4) are answered for every case; unpaid work (4.1) only where the case has it.
        RuleForEach(x => x.Answers).Custom((answer, context) =>
        {
            var index = context.PropertyPath is { } path && path.LastIndexOf('[') is var open and >= 0
                ? int.Parse(path[(open + 1)..path.LastIndexOf(']')], System.Globalization.CultureInfo.InvariantCulture)
                : -1;
            if (index < 0 || index >= InspectionQuestions.All.Count)
            {
                return;
            }

            var question = InspectionQuestions.All[index];
            if (question.Domain != AuditDomain.UnpaidWork && string.IsNullOrEmpty(answer.Answer))
            {
                context.AddFailure($"{context.PropertyPath}.{nameof(AuditAnswerInput.Answer)}", $"Answer question {question.Code}");
            }
        });
    }
}
