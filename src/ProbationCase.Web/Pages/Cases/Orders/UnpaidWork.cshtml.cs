using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>Unpaid work [DOMAIN.md §5]: progress from <see cref="UnpaidWorkRequirement.Progress"/>, credit a session, record a stand-down.</summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class UnpaidWorkModel(ProbationCaseDbContext db, TimeProvider clock, TimelinessPolicy policy) : OrderWritePage(db, clock)
{
    [FromRoute]
    public Guid OrderId { get; set; }

    [BindProperty]
    public CreditSessionInput Credit { get; set; } = new();

    [BindProperty]
    public StandDownInput StandDown { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public UnpaidWorkRequirement? Requirement => Order.UnpaidWork;

    public UnpaidWorkProgress? Progress => Requirement?.Progress(Order.SentenceDate, Today, policy);

    protected override string Heading => "Unpaid work";

    protected override string PagePath => "/Cases/Orders/UnpaidWork";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return NotFound();
        }

        Credit.WorkedOn = DateInput.From(Today);
        StandDown.On = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostCreditAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken) || Requirement is null)
        {
            return NotFound();
        }

        if (!IsValid(new CreditSessionValidator(), Credit, nameof(Credit)))
        {
            return PageWithErrors();
        }

        Credit.WorkedOn.TryToDateOnly(out var workedOn);
        var result = await ChangeAsync(Requirement, Credit.Version, $"{nameof(Credit)}.{nameof(Credit.Minutes)}",
            () => Order.CreditUnpaidWork(workedOn, int.Parse(Credit.Minutes!, System.Globalization.CultureInfo.InvariantCulture), Credit.IsEducationTrainingOrEmployment),
            cancellationToken);
        return result == WriteResult.Saved
            ? RedirectToPage(new { personId = PersonId, orderId = OrderId, done = "credited" })
            : await ShowProblemAsync(result, cancellationToken);
    }

    public async Task<IActionResult> OnPostStandDownAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken) || Requirement is null)
        {
            return NotFound();
        }

        if (!IsValid(new StandDownValidator(), StandDown, nameof(StandDown)))
        {
            return PageWithErrors();
        }

        StandDown.On.TryToDateOnly(out var on);
        var result = await ChangeAsync(Requirement, StandDown.Version, $"{nameof(StandDown)}.{nameof(StandDown.Reason)}",
            () => Order.RecordUnpaidWorkStandDown(on, StandDown.Reason ?? string.Empty),
            cancellationToken);
        return result == WriteResult.Saved
            ? RedirectToPage(new { personId = PersonId, orderId = OrderId, done = "stood-down" })
            : await ShowProblemAsync(result, cancellationToken);
    }
}

public sealed class CreditSessionInput
{
    public uint Version { get; set; }

    public DateInput WorkedOn { get; set; } = new();

    public string? Minutes { get; set; }

    public bool IsEducationTrainingOrEmployment { get; set; }
}

public sealed class CreditSessionValidator : AbstractValidator<CreditSessionInput>
{
    public CreditSessionValidator()
    {
        RuleFor(x => x.WorkedOn).MustBeRealDate("Date of the session", "Enter the date of the session");
        RuleFor(x => x.Minutes).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the minutes worked")
            .Must(m => int.TryParse(m, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            .WithMessage("Minutes worked must be a whole number, like 420");
    }
}

public sealed class StandDownInput
{
    public uint Version { get; set; }

    public DateInput On { get; set; } = new();

    public string? Reason { get; set; }
}

public sealed class StandDownValidator : AbstractValidator<StandDownInput>
{
    public StandDownValidator()
    {
        RuleFor(x => x.On).MustBeRealDate("Date of the stand-down", "Enter the date of the stand-down");
    }
}
