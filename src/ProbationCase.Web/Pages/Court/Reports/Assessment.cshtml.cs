using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Court.Reports;

/// <summary>
/// One section of the report's assessment [DOMAIN.md §10, seed 003] per page: sources, offence analysis,
/// RoSH screening and who is at risk, OGRS and RSR, victim impact, factors linked to offending.
/// Each saves through <see cref="PreSentenceReport.RecordAssessment"/>, changing only its own answers.
/// </summary>
public sealed class AssessmentModel(ProbationCaseDbContext db, CaseAccess access) : ReportPageModel(db, access)
{
    public static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>
    {
        ["sources"] = "Sources of information",
        ["offence-analysis"] = "Offence analysis",
        ["rosh"] = "RoSH screening and who is at risk",
        ["scores"] = "OGRS and RSR",
        ["victim-impact"] = "Victim impact",
        ["factors"] = "Factors linked to offending",
    };

    [BindProperty(SupportsGet = true)]
    public string Section { get; set; } = string.Empty;

    [BindProperty]
    public AssessmentInput Input { get; set; } = new();


    public string SectionTitle => Sections[Section];

    public IReadOnlyList<SelectListItem> RoshOptions { get; } =
        new[] { RoshLevel.Low, RoshLevel.Medium, RoshLevel.High, RoshLevel.VeryHigh }
            .Select(level => new SelectListItem(UiDefaults.Of(level), level.ToString())).ToList();

    public IReadOnlyList<SelectListItem> AtRiskOptions { get; } =
        new[] { PeopleAtRisk.Public, PeopleAtRisk.KnownAdult, PeopleAtRisk.Children, PeopleAtRisk.Staff }
            .Select(who => new SelectListItem(UiDefaults.Of(who), who.ToString())).ToList();

    public IReadOnlyList<SelectListItem> NeedOptions { get; } =
        UiDefaults.AllNeeds.Select(need => new SelectListItem(UiDefaults.Of(need), need.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Sections.ContainsKey(Section))
        {
            return NotFound();
        }

        if (await OpenReportAsync(recordView: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        var assessment = await ReadAssessmentAsync(cancellationToken);
        Input = AssessmentInput.From(assessment, Heading.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Sections.ContainsKey(Section))
        {
            return NotFound();
        }

        if (await OpenReportAsync(recordView: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!IsValid(new AssessmentInputValidator(Section), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var report = await Db.LoadReportAsync(Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Db.ExpectVersion(report, Input.Version);
        RuleField = $"{nameof(Input)}.{Input.FieldFor(Section)}";
        report.RecordAssessment(Input.ApplyTo(report.Assessment, Section));
        await Db.SaveChangesAsync(cancellationToken);

        return Redirect($"/Court/Reports/{Id}");
    }

    private Task<PsrAssessment> ReadAssessmentAsync(CancellationToken cancellationToken) =>
        Db.PreSentenceReports.AsNoTracking().Where(r => r.Id == Id).Select(r => r.Assessment).SingleAsync(cancellationToken);
}

public sealed class AssessmentInput
{
    [MaxLengthOf<PsrAssessment>(nameof(PsrAssessment.SourcesOfInformation), Label = "Sources of information")]
    public string? SourcesOfInformation { get; set; }

    [MaxLengthOf<PsrAssessment>(nameof(PsrAssessment.OffenceAnalysis), Label = "Offence analysis")]
    public string? OffenceAnalysis { get; set; }

    public string? Rosh { get; set; }

    public List<string> AtRisk { get; set; } = [];

    public string? Ogrs { get; set; }

    public string? Rsr { get; set; }

    [MaxLengthOf<PsrAssessment>(nameof(PsrAssessment.VictimImpact), Label = "Victim impact")]
    public string? VictimImpact { get; set; }

    public List<string> Factors { get; set; } = [];

    public uint Version { get; set; }

    public static AssessmentInput From(PsrAssessment assessment, uint version)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new AssessmentInput
        {
            SourcesOfInformation = assessment.SourcesOfInformation,
            OffenceAnalysis = assessment.OffenceAnalysis,
            Rosh = assessment.RoshScreening == RoshLevel.NotAssessed ? null : assessment.RoshScreening.ToString(),
            AtRisk = Enum.GetValues<PeopleAtRisk>().Where(who => who != PeopleAtRisk.None && assessment.AtRisk.HasFlag(who)).Select(who => who.ToString()).ToList(),
            Ogrs = assessment.OgrsPercent?.ToString(CultureInfo.InvariantCulture),
            Rsr = assessment.RsrPercent?.ToString("0.00", CultureInfo.InvariantCulture),
            VictimImpact = assessment.VictimImpact,
            Factors = UiDefaults.AllNeeds.Where(need => assessment.FactorsLinkedToOffending.HasFlag(need)).Select(need => need.ToString()).ToList(),
            Version = version,
        };
    }

    /// <summary>The assessment with this section's answers replaced and every other section kept.</summary>
    public PsrAssessment ApplyTo(PsrAssessment current, string section)
    {
        ArgumentNullException.ThrowIfNull(current);
        return section switch
        {
            "sources" => current with { SourcesOfInformation = SourcesOfInformation },
            "offence-analysis" => current with { OffenceAnalysis = OffenceAnalysis },
            "rosh" => current with
            {
                RoshScreening = Enum.Parse<RoshLevel>(Rosh!),
                AtRisk = AtRisk.Select(Enum.Parse<PeopleAtRisk>).Aggregate(PeopleAtRisk.None, (all, who) => all | who),
            },
            "scores" => current with
            {
                OgrsPercent = string.IsNullOrWhiteSpace(Ogrs) ? null : int.Parse(Ogrs.Trim(), CultureInfo.InvariantCulture),
                RsrPercent = string.IsNullOrWhiteSpace(Rsr) ? null : decimal.Parse(Rsr.Trim(), CultureInfo.InvariantCulture),
            },
            "victim-impact" => current with { VictimImpact = VictimImpact },
            _ => current with { FactorsLinkedToOffending = Factors.Select(Enum.Parse<Needs>).Aggregate(Needs.None, (all, need) => all | need) },
        };
    }

    /// <summary>The field a domain message about this section belongs to.</summary>
    public string FieldFor(string section) => section switch
    {
        "sources" => nameof(SourcesOfInformation),
        "offence-analysis" => nameof(OffenceAnalysis),
        "rosh" => nameof(Rosh),
        "scores" => nameof(Ogrs),
        "victim-impact" => nameof(VictimImpact),
        _ => nameof(Factors),
    };
}

public sealed class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    public AssessmentInputValidator(string section)
    {
        switch (section)
        {
            case "sources":
                RuleFor(x => x.SourcesOfInformation).NotEmpty().WithMessage("Enter the sources of information");
                break;
            case "offence-analysis":
                RuleFor(x => x.OffenceAnalysis).NotEmpty().WithMessage("Enter the offence analysis");
                break;
            case "rosh":
                RuleFor(x => x.Rosh).Must(rosh => Enum.TryParse<RoshLevel>(rosh, out var level) && level != RoshLevel.NotAssessed && Enum.IsDefined(level))
                    .WithMessage("Select the risk of serious harm");
                RuleForEach(x => x.AtRisk).Must(who => Enum.TryParse<PeopleAtRisk>(who, out var parsed) && parsed != PeopleAtRisk.None && Enum.IsDefined(parsed))
                    .WithMessage("Select who is at risk from the list");
                break;
            case "scores":
                RuleFor(x => x.Ogrs).Must(ogrs => string.IsNullOrWhiteSpace(ogrs) || int.TryParse(ogrs.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    .WithMessage("OGRS must be a whole number percentage, like 45");
                RuleFor(x => x.Rsr).Must(rsr => string.IsNullOrWhiteSpace(rsr) || decimal.TryParse(rsr.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                    .WithMessage("RSR must be a percentage to two decimal places, like 3.27");
                RuleFor(x => x.Ogrs).Must((input, _) => !string.IsNullOrWhiteSpace(input.Ogrs) || !string.IsNullOrWhiteSpace(input.Rsr))
                    .WithMessage("Enter OGRS, RSR or both");
                break;
            case "victim-impact":
                RuleFor(x => x.VictimImpact).NotEmpty().WithMessage("Enter the impact on the victim");
                break;
            default:
                RuleFor(x => x.Factors).NotEmpty().WithMessage("Select the factors linked to offending");
                RuleForEach(x => x.Factors).Must(need => Enum.TryParse<Needs>(need, out var parsed) && parsed != Needs.None && UiDefaults.AllNeeds.Contains(parsed))
                    .WithMessage("Select factors from the list");
                break;
        }
    }
}
