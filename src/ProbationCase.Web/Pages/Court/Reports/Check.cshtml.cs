using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Court;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Persistence.Configurations;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Court.Reports;

public enum CheckAction
{
    Requested = 1,
    Chased = 2,
    Returned = 3,
    ToldToCourt = 4,
}

/// <summary>
/// A pre-sentence check [DOMAIN.md §10; seed 001 §1.7–1.8]: record that it was requested, chased,
/// returned with its result, or is outstanding and the court has been told.
/// </summary>
public sealed class CheckModel(ProbationCaseDbContext db, CaseAccess access, TimeProvider clock) : ReportPageModel(db, access)
{
    [BindProperty(SupportsGet = true)]
    public string Check { get; set; } = string.Empty;

    [BindProperty]
    public CheckInput Input { get; set; } = new();

    public ReportCheck Current { get; private set; } = null!;

    public PreSentenceCheckKind Kind => UiDefaults.CheckFromSlug(Check)!.Value;

    public string Title => UiDefaults.Of(Kind);

    public IReadOnlyList<SelectListItem> ActionOptions { get; } =
    [
        new("Requested", nameof(CheckAction.Requested)),
        new("Chased", nameof(CheckAction.Chased)),
        new("Returned with a result", nameof(CheckAction.Returned)),
        new("Still outstanding, and the court has been told", nameof(CheckAction.ToldToCourt)),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (UiDefaults.CheckFromSlug(Check) is null)
        {
            return NotFound();
        }

        if (await OpenReportAsync(recordView: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        await ReadCheckAsync(cancellationToken);
        Input.Version = Current.Version;
        Input.On = DateInput.From(LondonClock.Today(clock));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (UiDefaults.CheckFromSlug(Check) is null)
        {
            return NotFound();
        }

        if (await OpenReportAsync(recordView: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        await ReadCheckAsync(cancellationToken);
        if (!IsValid(new CheckInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var report = await Db.LoadReportAsync(Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Input.On.TryToDateOnly(out var on);
        // The check's own row carries the version: two people recording the same check cannot overwrite each other.
        Db.ExpectVersion(report.GetCheck(Kind), Input.Version);
        switch (Input.ActionChoice!.Value)
        {
            case CheckAction.Requested:
                report.RecordCheckRequested(Kind, on);
                break;
            case CheckAction.Chased:
                report.RecordCheckChased(Kind, on);
                break;
            case CheckAction.Returned:
                report.RecordCheckReturned(Kind, Input.Result ?? string.Empty, on);
                break;
            default:
                report.RecordCheckOutstandingToldToCourt(Kind, on);
                break;
        }

        await Db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Court/Reports/{Id}");
    }

    /// <summary>A refused result goes against the result; any other refusal against what happened.</summary>
    protected override string FieldFor(DomainException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var field = rule.Message.Contains("found", StringComparison.Ordinal) ? nameof(CheckInput.Result) : nameof(CheckInput.Action);
        return $"{nameof(Input)}.{field}";
    }

    private async Task ReadCheckAsync(CancellationToken cancellationToken)
    {
        var kind = Kind;
        Current = await Db.PreSentenceReports.AsNoTracking()
            .Where(r => r.Id == Id)
            .SelectMany(r => r.Checks)
            .Where(c => c.Kind == kind)
            .Select(c => new ReportCheck(c.Kind, c.RequestedOn, c.ChasedOn, c.ReturnedOn, c.Result, c.OutstandingToldToCourt, c.ToldToCourtOn,
                EF.Property<uint>(c, ConcurrencyVersion.PropertyName)))
            .SingleAsync(cancellationToken);
    }
}

public sealed class CheckInput
{
    public string? Action { get; set; }

    public DateInput On { get; set; } = new();

    [MaxLengthOf<PreSentenceCheck>(nameof(PreSentenceCheck.Result), Label = "Result")]
    public string? Result { get; set; }

    public uint Version { get; set; }

    public CheckAction? ActionChoice => Enum.TryParse<CheckAction>(Action, out var action) && Enum.IsDefined(action) ? action : null;
}

public sealed class CheckInputValidator : AbstractValidator<CheckInput>
{
    public CheckInputValidator()
    {
        RuleFor(x => x.Action).Must((input, _) => input.ActionChoice is not null).WithMessage("Select what happened with the check");
        RuleFor(x => x.On).MustBeRealDate("Date", "Enter the date");
        RuleFor(x => x.Result).NotEmpty().WithMessage("Enter what the check found").When(x => x.ActionChoice == CheckAction.Returned);
    }
}
