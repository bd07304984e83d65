using ProbationCase.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Forms;
using ProbationCase.Web.Pages.Cases.Orders;

namespace ProbationCase.Web.Pages.Cases.OrderEnd;

/// <summary>
/// Record the order's end [DOMAIN.md §9a]: it ran its course to the expected end, or it ended early with a
/// reason. Requirements end with it; a RAR or unpaid work shortfall is recorded with its reason — the
/// domain (<see cref="Order.Terminate"/>) counts the RAR days and refuses an unexplained shortfall.
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class EndModel(ProbationCaseDbContext db, TimeProvider clock) : OrderWritePage(db, clock)
{
    private List<Contact> _contacts = [];

    [FromRoute]
    public Guid OrderId { get; set; }

    [BindProperty]
    public EndOrderInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    public RarProgress? RarProgress { get; private set; }

    public DateOnly TodayInLondon => Today;

    public IReadOnlyList<SelectListItem> ReasonOptions =>
        [
            new SelectListItem($"It ran its course to its expected end date, {UiDefaults.Date(Order.ExpectedEndDate)}", nameof(TerminationReason.Completed)),
            .. TerminationReasons.Early.Select(reason => new SelectListItem(UiDefaults.Of(reason), reason.ToString())),
        ];

    protected override string Heading => "The order's end";

    protected override string PagePath => "/Cases/OrderEnd/End";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadOrderAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.EndedOn = DateInput.From(Today >= Order.ExpectedEndDate ? Order.ExpectedEndDate : Today);
        Input.Version = VersionOf(Order);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadOrderAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!IsValid(new EndOrderValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        Input.EndedOn.TryToDateOnly(out var endedOn);
        var reason = Input.Reason!.Value;
        await ChangeAsync(Order, Input.Version, string.Empty,
            () => Order.Terminate(endedOn, reason, _contacts, Today, Input.ShortfallReason), cancellationToken);
        return RedirectToPage(new { personId = PersonId, orderId = OrderId, done = true });
    }

    /// <summary>Put the domain's message beside the answer it is about.</summary>
    protected override string FieldFor(DomainException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return FieldFor(rule.Message);
    }

    /// <summary>A refused end shows the stored order with its RAR figures.</summary>
    public override async Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken)
    {
        await base.ReloadAfterRuleBrokenAsync(cancellationToken);
        await LoadRarAsync(cancellationToken);
    }

    private static string FieldFor(string message) =>
        message.Contains("were delivered", StringComparison.Ordinal) || message.Contains("were worked", StringComparison.Ordinal)
            ? $"{nameof(Input)}.{nameof(Input.ShortfallReason)}"
            : message.Contains("choose why it ended early", StringComparison.Ordinal)
                ? $"{nameof(Input)}.{nameof(Input.Reason)}"
                : $"{nameof(Input)}.{nameof(Input.EndedOn)}";

    private async Task<bool> LoadOrderAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return false;
        }

        await LoadRarAsync(cancellationToken);
        return true;
    }

    private async Task LoadRarAsync(CancellationToken cancellationToken)
    {
        if (Order.Rar is not { } rar)
        {
            return;
        }

        _contacts = await Db.Contacts.AsNoTracking()
            .Where(c => c.OrderId == Order.Id && c.RequirementId == rar.Id)
            .ToListAsync(cancellationToken);
        RarProgress = RarLedger.Calculate(Order, _contacts, Now, TimelinessPolicy.Default);
    }
}

public sealed class EndOrderInput
{
    /// <summary>The order's version (xmin) when the form was shown.</summary>
    public uint Version { get; set; }

    public TerminationReason? Reason { get; set; }

    public DateInput EndedOn { get; set; } = new();

    public string? ShortfallReason { get; set; }
}

public sealed class EndOrderValidator : AbstractValidator<EndOrderInput>
{
    public EndOrderValidator()
    {
        RuleFor(x => x.Reason).NotNull().WithMessage("Select how the order ended")
            .Must(reason => reason is null || Enum.IsDefined(reason.Value)).WithMessage("Select how the order ended");
        RuleFor(x => x.EndedOn).MustBeRealDate("Date the order ended", "Enter the date the order ended");
        RuleFor(x => x.ShortfallReason).MaximumLength(2000).WithMessage("Why the requirements were not completed must be 2000 characters or fewer");
    }
}
