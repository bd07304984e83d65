using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Court.Reports;

/// <summary>
/// A pre-sentence report: its sections, checks and proposal, and the moves the domain allows —
/// mark ready, reopen, given to court, close — each refused with the domain's message when a rule says no.
/// </summary>
public sealed class ReportModel(ProbationCaseDbContext db, CaseAccess access, TimeProvider clock, TimelinessPolicy policy) : ReportPageModel(db, access)
{
    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public DeliveredInput Delivered { get; set; } = new();

    public ReportOverview Report { get; private set; } = null!;

    public IReadOnlyList<string> RarWarnings { get; private set; } = [];

    public TimelinessPolicy Policy => policy;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        await ReadAsync(cancellationToken);
        Delivered.On = DateInput.From(LondonClock.Today(clock));
        return Page();
    }

    public Task<IActionResult> OnPostReadyAsync(CancellationToken cancellationToken) =>
        ChangeAsync(report => report.MarkReady(clock.GetUtcNow()), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) =>
        ChangeAsync(report => report.Reopen(), cancellationToken);

    public async Task<IActionResult> OnPostDeliveredAsync(CancellationToken cancellationToken)
    {
        if (!IsValid(new DeliveredInputValidator(), Delivered, nameof(Delivered)))
        {
            if (await OpenReportAsync(recordView: false, cancellationToken) is { } refused)
            {
                return refused;
            }

            await ReadAsync(cancellationToken);
            return PageWithErrors();
        }

        Delivered.On.TryToDateOnly(out var on);
        return await ChangeAsync(report => report.MarkDelivered(on), cancellationToken);
    }

    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        ChangeAsync(report => report.Close(clock.GetUtcNow()), cancellationToken);

    /// <summary>Loads the report, calls one domain method, saves once against the version the page was read at.</summary>
    public override Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    private async Task<IActionResult> ChangeAsync(Action<PreSentenceReport> change, CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        var report = await Db.LoadReportAsync(Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Db.ExpectVersion(report, Version);
        change(report);
        await Db.SaveChangesAsync(cancellationToken);

        return Redirect($"/Court/Reports/{Id}");
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        Report = (await ReportOverview.ReadAsync(Db, Id, cancellationToken))!;
        Version = Report.Heading.Version;
        if (Delivered.On.IsEmpty)
        {
            Delivered.On = DateInput.From(LondonClock.Today(clock));
        }

        RarWarnings = Report.Proposal?.RarDays is { } days
            ? RarProposal.Warnings(days, Report.Assessment.OgrsPercent, Policy)
                .Select(warning => UiDefaults.RarWarning(warning, days, Report.Assessment.OgrsPercent, Policy))
                .ToList()
            : [];
    }
}

public sealed class DeliveredInput
{
    public DateInput On { get; set; } = new();
}

public sealed class DeliveredInputValidator : AbstractValidator<DeliveredInput>
{
    public DeliveredInputValidator()
    {
        RuleFor(x => x.On).MustBeRealDate("Date given to the court", "Enter the date the report was given to the court");
    }
}
