using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Allocation;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Interventions;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Court.Reports;

/// <summary>
/// Records what the court passed [DOMAIN.md §10]: the sentence (prefilled from the proposal, and free to
/// differ), then check your answers, then one save that records the sentence, creates the order and
/// its requirements, links it, and puts the case in the chosen team's allocation queue. Checks still
/// outstanding stay on the report's checks, which the RO and the SPO's allocation page read.
/// </summary>
public sealed class SentenceModel(ProbationCaseDbContext db, CaseAccess access, TimeProvider clock) : ReportPageModel(db, access)
{
    [BindProperty]
    public SentenceInput Passed { get; set; } = new();

    [BindProperty]
    public SentencingInput Input { get; set; } = new();

    /// <summary>True on the check your answers step.</summary>
    public bool Checking { get; private set; }

    public IReadOnlyList<SelectListItem> TeamOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ProgrammeOptions { get; private set; } = [];

    public string? TeamName => TeamOptions.FirstOrDefault(team => team.Value == Input.TeamId)?.Text;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Heading.Status != PsrStatus.Delivered)
        {
            return Redirect($"/Court/Reports/{Id}");
        }

        await ReadOptionsAsync(cancellationToken);
        var proposal = (await ReportOverview.ReadAsync(Db, Id, cancellationToken))?.Proposal;
        Passed = proposal is null ? new SentenceInput() : SentenceInput.From(proposal);
        Passed.Rationale = null;
        Input = new SentencingInput { SentencedOn = DateInput.From(LondonClock.Today(clock)), Version = Heading.Version };
        return Page();
    }

    /// <summary>Continue: checks the answers with the domain, without saving, and shows them to confirm.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken) is { } stop)
        {
            return stop;
        }

        var report = await Db.LoadReportAsync(Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        var recorded = report.RecordSentence(Sentence(), LondonClock.Today(clock));
        if (recorded.CreatesOrder)
        {
            recorded.CreateOrder(clock.GetUtcNow());
        }

        // A rehearsal only: nothing from it is saved.
        Db.ChangeTracker.Clear();

        Checking = true;
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        await ReadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken) is { } stop)
        {
            return stop;
        }

        var report = await Db.LoadReportAsync(Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        var person = await Db.People.SingleAsync(p => p.Id == report.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        Db.ExpectVersion(report, Input.Version);
        var recorded = report.RecordSentence(Sentence(), LondonClock.Today(clock));
        if (recorded.CreatesOrder)
        {
            var order = recorded.CreateOrder(now);
            Db.Orders.Add(order);
            report.LinkOrder(order);

            // [DOMAIN.md §10] a new case waits in the team's queue; a case that already has an RO stays with them.
            if (person.AllocationStatus != AllocationStatus.Allocated)
            {
                person.AwaitAllocation(Guid.Parse(Input.TeamId!), now);
            }
        }

        await Db.SaveChangesAsync(cancellationToken);

        return Redirect($"/Court/Reports/{Id}");
    }

    /// <summary>A broken sentence rule goes against the answer it is about.</summary>
    protected override string FieldFor(DomainException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return $"{nameof(Passed)}.{SentenceInput.FieldForRule(rule.Message)}".TrimEnd('.');
    }

    private async Task<IActionResult?> PrepareAsync(CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        await ReadOptionsAsync(cancellationToken);
        var passedValid = IsValid(new SentenceInputValidator(requireRationale: false), Passed, nameof(Passed));
        var teams = TeamOptions.Select(team => team.Value).Where(value => value.Length > 0).ToHashSet();
        var inputValid = IsValid(new SentencingInputValidator(Passed.SentenceKind, teams), Input, nameof(Input));
        return passedValid && inputValid ? null : PageWithErrors();
    }

    private CourtSentence Sentence()
    {
        Input.SentencedOn.TryToDateOnly(out var sentencedOn);
        return new CourtSentence(Passed.SentenceKind!.Value, sentencedOn, Passed.Length, Passed.RequirementTerms());
    }

    private async Task ReadOptionsAsync(CancellationToken cancellationToken)
    {
        var teams = await Db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        TeamOptions = [new("Choose a team", ""), .. teams.Select(t => new SelectListItem(t.Name, t.Id.ToString()))];
        var programmes = await Db.Interventions.AsNoTracking()
            .Where(i => i.Type == InterventionType.AccreditedProgramme)
            .OrderBy(i => i.Name)
            .Select(i => i.Name)
            .ToListAsync(cancellationToken);
        // The court may order any catalogue programme; it is the proposal that needs one available now.
        ProgrammeOptions = [new("No programme", ""), .. programmes.Select(name => new SelectListItem(name, name))];
    }
}

public sealed class SentencingInput
{
    public DateInput SentencedOn { get; set; } = new();

    public string? TeamId { get; set; }

    public uint Version { get; set; }
}

public sealed class SentencingInputValidator : AbstractValidator<SentencingInput>
{
    public SentencingInputValidator(SentenceKind? sentence, IReadOnlySet<string> teamIds)
    {
        ArgumentNullException.ThrowIfNull(teamIds);
        RuleFor(x => x.SentencedOn).MustBeRealDate("Date of sentence", "Enter the date of sentence");
        RuleFor(x => x.TeamId)
            .Must(teamId => teamId is not null && teamIds.Contains(teamId))
            .WithMessage("Choose the team whose allocation queue the case goes to")
            .When(_ => sentence is { } kind && !SentenceKinds.IsNonSupervision(kind));
    }
}
