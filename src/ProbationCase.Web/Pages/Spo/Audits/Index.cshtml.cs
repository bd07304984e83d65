using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Domain.Oversight;
using ProbationCase.Web.Spo;

namespace ProbationCase.Web.Pages.Spo.Audits;

/// <summary>
/// Case audit: choose a sample of team cases, and see the team's % yes per inspection question beside the
/// inspectorate's published figure [DOMAIN.md §11; seed 002 Annex 2, 004].
/// </summary>
public sealed class IndexModel(CaseAuditQueries queries) : SpoPageModel
{
    [BindProperty(SupportsGet = true)]
    public SampleInput Sample { get; set; } = new();

    public AuditResults Results { get; private set; } = null!;

    public IReadOnlyList<AuditSampleCase> Chosen { get; private set; } = [];

    public static IEnumerable<IGrouping<AuditDomain, AuditQuestionResult>> ByDomain(AuditResults results) =>
        results.Questions.GroupBy(result => result.Question.Domain);

    public static string DomainName(AuditDomain domain) =>
        InspectionQuestions.Standards.Single(standard => standard.Domain == domain) is var standard ? $"{standard.Code} {UiDefaults.Words(domain.ToString())}" : "";

    public async Task<IActionResult> OnGetAsync()
    {
        Results = await queries.ResultsAsync(Team.TeamId, HttpContext.RequestAborted);
        if (Sample.Size is null)
        {
            return Page();
        }

        if (!IsValid(new SampleInputValidator(), Sample, nameof(Sample)))
        {
            return PageWithErrors();
        }

        Chosen = await queries.RandomSampleAsync(Team.TeamId, int.Parse(Sample.Size, System.Globalization.CultureInfo.InvariantCulture), HttpContext.RequestAborted);
        return Page();
    }
}

public sealed class SampleInput
{
    public string? Size { get; set; }
}

public sealed class SampleInputValidator : AbstractValidator<SampleInput>
{
    public SampleInputValidator() =>
        RuleFor(x => x.Size)
            .Must(value => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= CaseAuditQueries.MaximumSample)
            .WithMessage($"Enter a number of cases between 1 and {CaseAuditQueries.MaximumSample}");
}
