using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Court.Reports;

/// <summary>
/// The sentencing proposal [DOMAIN.md §10; seed 000 §2.1, §4.1]: sentence and length, requirements with
/// quantities, RAR activities from the catalogue (only those available now are offered, and the domain
/// confirms availability again), a programme from the catalogue, and the rationale.
/// </summary>
public sealed class ProposalModel(ProbationCaseDbContext db, CaseAccess access, TimeProvider clock, TimelinessPolicy policy) : ReportPageModel(db, access)
{
    /// <summary>[DOMAIN.md §4, seed 003] the saved proposal's RAR warnings (the domain's), shown on this page.</summary>
    public IReadOnlyList<string> RarWarnings { get; private set; } = [];

    [BindProperty]
    public SentenceInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> ActivityOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ProgrammeOptions { get; private set; } = [];


    public bool HasAvailableActivities => ActivityOptions.Count > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        await ReadCatalogueAsync(cancellationToken);
        var overview = await ReportOverview.ReadAsync(Db, Id, cancellationToken);
        var current = overview?.Proposal;
        RarWarnings = current?.RarDays is { } days && overview is not null
            ? RarProposal.Warnings(days, overview.Assessment.OgrsPercent, policy)
                .Select(warning => UiDefaults.RarWarning(warning, days, overview.Assessment.OgrsPercent, policy))
                .ToList()
            : [];
        Input = current is null ? new SentenceInput() : SentenceInput.From(current);
        Input.Version = Heading.Version;
        Input.ActivityIds = current is null
            ? []
            : await Db.PreSentenceReports.AsNoTracking().Where(r => r.Id == Id).SelectMany(r => r.Proposal!.RarActivities)
                .Select(a => a.InterventionId.ToString()).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        await ReadCatalogueAsync(cancellationToken);
        if (!IsValid(new SentenceInputValidator(requireRationale: true), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var report = await Db.LoadReportAsync(Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        // Only the catalogue entries this proposal names: the domain checks each is there and available now.
        var activityIds = Input.ChosenActivityIds();
        var programme = Input.Programme?.Trim().ToLowerInvariant();
        // ToLower is translated to SQL lower(); string.Equals with a comparison type is not translatable.
#pragma warning disable CA1862
        var catalogue = await Db.Interventions
            .Where(i => activityIds.Contains(i.Id) || (programme != null && i.Type == InterventionType.AccreditedProgramme && i.Name.ToLower() == programme))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1862

        Db.ExpectVersion(report, Input.Version);
        report.ProposeSentence(
            Input.SentenceKind!.Value, Input.Length, Input.RequirementTerms(), activityIds, Input.Rationale ?? string.Empty, catalogue, clock.GetUtcNow());
        await Db.SaveChangesAsync(cancellationToken);

        // A RAR the guidance warns about [DOMAIN.md §4]: back to this page, where the warning shows beside the proposal.
        return report.RarProposalWarnings(policy).Count > 0
            ? Redirect($"/Court/Reports/{Id}/Proposal")
            : Redirect($"/Court/Reports/{Id}");
    }

    /// <summary>A broken sentence rule goes against the answer it is about.</summary>
    protected override string FieldFor(DomainException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return $"{nameof(Input)}.{SentenceInput.FieldForRule(rule.Message)}".TrimEnd('.');
    }


    /// <summary>[seed 000 §2.1, §4.1] only what is available now is offered.</summary>
    private async Task ReadCatalogueAsync(CancellationToken cancellationToken)
    {
        var available = await Db.Interventions.AsNoTracking()
            .Where(i => i.IsAvailableNow)
            .OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Name, i.Type, i.Provider, i.Location, i.Sessions, i.IsWomenOnly })
            .ToListAsync(cancellationToken);
        ActivityOptions = available.Where(i => i.Type == InterventionType.RarActivity)
            .Select(i => new SelectListItem($"{i.Name} – {i.Provider}, {i.Location}{(i.IsWomenOnly ? " (women only)" : "")}", i.Id.ToString()))
            .ToList();
        ProgrammeOptions =
        [
            new("No programme", ""),
            .. available.Where(i => i.Type == InterventionType.AccreditedProgramme)
                .Select(i => new SelectListItem($"{i.Name} ({i.Sessions} sessions)", i.Name)),
        ];
    }
}

/// <summary>A sentence as entered: proposed on the proposal page, passed on the sentence page.</summary>
public sealed class SentenceInput
{
    public static readonly IReadOnlyList<RequirementType> OtherRequirementTypes = Enum.GetValues<RequirementType>()
        .Where(type => type is not (RequirementType.RehabilitationActivity or RequirementType.UnpaidWork or RequirementType.AccreditedProgramme))
        .ToList();

    public string? Sentence { get; set; }

    public string? LengthInMonths { get; set; }

    public string? RarDays { get; set; }

    public List<string> ActivityIds { get; set; } = [];

    public string? UnpaidWorkHours { get; set; }

    public string? Programme { get; set; }

    public string? ProgrammeSessions { get; set; }

    public List<string> OtherRequirements { get; set; } = [];

    [MaxLengthOf<SentenceProposal>(nameof(SentenceProposal.Rationale), Label = "Rationale")]
    public string? Rationale { get; set; }

    public uint Version { get; set; }

    public SentenceKind? SentenceKind => Enum.TryParse<SentenceKind>(Sentence, out var kind) && Enum.IsDefined(kind) ? kind : null;

    /// <summary>The sentences whose requirement fields the page reveals: those the domain gives an order.</summary>
    public static IReadOnlyList<SentenceKind> SentencesWithRequirements { get; } =
        Enum.GetValues<SentenceKind>().Where(kind => !SentenceKinds.IsNonSupervision(kind)).ToList();

    /// <summary>
    /// [DOMAIN.md §10] a discharge, fine or custody takes no requirements (the domain's <see cref="SentenceKinds"/>): their
    /// fields, shown when the page has no JavaScript, are ignored. With no sentence chosen yet they are read as given.
    /// </summary>
    public bool TakesRequirements => SentenceKind is not { } kind || !SentenceKinds.IsNonSupervision(kind);

    public int? Length => TakesRequirements ? Number(LengthInMonths) : null;

    public static IReadOnlyList<SelectListItem> SentenceOptions { get; } =
        Enum.GetValues<SentenceKind>().Select(kind => new SelectListItem(UiDefaults.Of(kind), kind.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> OtherRequirementOptions { get; } =
        OtherRequirementTypes.Select(type => new SelectListItem(UiDefaults.Of(type), type.ToString())).ToList();

    public static SentenceInput From(ReportProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var input = From(proposal.Sentence, proposal.LengthInMonths, proposal.Requirements.Select(r => new RequirementTerms(r.Type, r.Quantity, r.ProgrammeName, r.Details)));
        input.Rationale = proposal.Rationale;
        return input;
    }

    public static SentenceInput From(SentenceKind sentence, int? lengthInMonths, IEnumerable<RequirementTerms> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var terms = requirements.ToList();
        string? Quantity(RequirementType type) => terms.FirstOrDefault(r => r.Type == type)?.Quantity?.ToString(CultureInfo.InvariantCulture);
        var programme = terms.FirstOrDefault(r => r.Type == RequirementType.AccreditedProgramme);
        return new SentenceInput
        {
            Sentence = sentence.ToString(),
            LengthInMonths = lengthInMonths?.ToString(CultureInfo.InvariantCulture),
            RarDays = Quantity(RequirementType.RehabilitationActivity),
            UnpaidWorkHours = Quantity(RequirementType.UnpaidWork),
            Programme = programme?.ProgrammeName,
            ProgrammeSessions = programme?.Quantity?.ToString(CultureInfo.InvariantCulture),
            OtherRequirements = terms.Where(r => OtherRequirementTypes.Contains(r.Type)).Select(r => r.Type.ToString()).ToList(),
        };
    }

    public IReadOnlyList<Guid> ChosenActivityIds() => !TakesRequirements ? [] :
        ActivityIds.Select(id => Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty).Distinct().ToList();

    /// <summary>The requirements entered, with their quantities.</summary>
    public IReadOnlyList<RequirementTerms> RequirementTerms()
    {
        var terms = new List<RequirementTerms>();
        if (!TakesRequirements)
        {
            return terms;
        }

        if (Number(RarDays) is { } days)
        {
            terms.Add(Domain.Requirements.RequirementTerms.Rar(days));
        }

        if (Number(UnpaidWorkHours) is { } hours)
        {
            terms.Add(Domain.Requirements.RequirementTerms.UnpaidWork(hours));
        }

        if (!string.IsNullOrWhiteSpace(Programme))
        {
            terms.Add(Domain.Requirements.RequirementTerms.AccreditedProgramme(Programme.Trim(), Number(ProgrammeSessions) ?? 0));
        }

        terms.AddRange(OtherRequirements.Select(Enum.Parse<RequirementType>).Distinct().Select(type => Domain.Requirements.RequirementTerms.Other(type)));
        return terms;
    }

    /// <summary>
    /// The field a domain refusal is about, so the error summary links to it. The domain's messages are
    /// the source of truth; this only decides where on the page to show one.
    /// </summary>
    public static string FieldForRule(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        bool Says(string words) => message.Contains(words, StringComparison.OrdinalIgnoreCase);
        if (Says("Unpaid work")) return nameof(UnpaidWorkHours);
        if (Says("activit")) return nameof(ActivityIds);
        if (Says("programme") || Says("cannot be proposed")) return nameof(Programme);
        if (Says("RAR")) return nameof(RarDays);
        if (Says("month") || Says("length")) return nameof(LengthInMonths);
        if (Says("rationale")) return nameof(Rationale);
        if (Says("requirement")) return nameof(RarDays);
        return string.Empty;
    }

    internal static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

public sealed class SentenceInputValidator : AbstractValidator<SentenceInput>
{
    public SentenceInputValidator(bool requireRationale)
    {
        RuleFor(x => x.Sentence).Must((input, _) => input.SentenceKind is not null).WithMessage("Select the sentence");
        // The requirement fields are checked only for a sentence that takes them; otherwise they are ignored.
        When(x => x.TakesRequirements, () =>
        {
            RuleFor(x => x.LengthInMonths).Must(BeWholeNumberOrEmpty).WithMessage("Length must be a whole number of months, like 12");
            RuleFor(x => x.RarDays).Must(BeWholeNumberOrEmpty).WithMessage("RAR days must be a whole number, like 20");
            RuleFor(x => x.ActivityIds).Must(ids => ids.All(id => Guid.TryParse(id, out _))).WithMessage("Choose RAR activities from the list");
            RuleFor(x => x.UnpaidWorkHours).Must(BeWholeNumberOrEmpty).WithMessage("Unpaid work hours must be a whole number, like 100");
            RuleFor(x => x.ProgrammeSessions).Must(BeWholeNumberOrEmpty).WithMessage("Programme sessions must be a whole number, like 24");
            RuleForEach(x => x.OtherRequirements)
                .Must(type => Enum.TryParse<RequirementType>(type, out var parsed) && SentenceInput.OtherRequirementTypes.Contains(parsed))
                .WithMessage("Choose other requirements from the list");
        });
        if (requireRationale)
        {
            RuleFor(x => x.Rationale).NotEmpty().WithMessage("Enter the rationale for the proposal");
        }
    }

    private static bool BeWholeNumberOrEmpty(string? text) => string.IsNullOrWhiteSpace(text) || SentenceInput.Number(text) is not null;
}
