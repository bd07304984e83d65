using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>
/// Complete the RAR from its RAR days page [DOMAIN.md §4]: there is no duty to use every day, but if
/// fewer than the maximum were delivered the reason must be recorded [seed 003] — the order counts the
/// days with the RAR ledger and refuses a shortfall without one (<c>Order.CompleteRar</c>).
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class CompleteRarModel(ProbationCaseDbContext db, TimeProvider clock, TimelinessPolicy policy) : OrderWritePage(db, clock)
{
    private List<Contact> _contacts = [];

    [FromRoute]
    public Guid OrderId { get; set; }

    [BindProperty]
    public CompleteRarInput Input { get; set; } = new();

    public RarRequirement? Rar => Order.Rar;

    public RarProgress? Progress { get; private set; }

    public bool HasShortfall => Progress is { } p && p.DaysDelivered < p.MaximumDays;

    protected override string Heading => "Complete the RAR";

    protected override string PagePath => "/Cases/Orders/Rar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadRarAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.CompletedOn = DateInput.From(Today);
        Input.Version = VersionOf(Rar!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadRarAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!IsValid(new CompleteRarValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        Input.CompletedOn.TryToDateOnly(out var completedOn);
        var errorKey = HasShortfall && string.IsNullOrWhiteSpace(Input.ShortfallReason)
            ? $"{nameof(Input)}.{nameof(Input.ShortfallReason)}"
            : string.Empty;
        var result = await ChangeAsync(Rar!, Input.Version, errorKey,
            () => Order.CompleteRar(_contacts, completedOn, Input.ShortfallReason, Now), cancellationToken);
        if (result == WriteResult.Saved)
        {
            return Redirect($"/Cases/{PersonId}/Orders/{OrderId}/Rar?completed=true");
        }

        var problem = await ShowProblemAsync(result, cancellationToken);
        await LoadProgressAsync(cancellationToken);
        return problem;
    }

    private async Task<bool> LoadRarAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken) || Order.Rar is null)
        {
            return false;
        }

        await LoadProgressAsync(cancellationToken);
        return true;
    }

    private async Task LoadProgressAsync(CancellationToken cancellationToken)
    {
        var rar = Order.Rar!;
        _contacts = await Db.Contacts.AsNoTracking()
            .Where(c => c.OrderId == Order.Id && c.RequirementId == rar.Id)
            .ToListAsync(cancellationToken);
        Progress = RarLedger.Calculate(Order, _contacts, Now, policy);
    }
}

public sealed class CompleteRarInput
{
    /// <summary>The RAR requirement's version (xmin) when the form was shown.</summary>
    public uint Version { get; set; }

    public DateInput CompletedOn { get; set; } = new();

    public string? ShortfallReason { get; set; }
}

public sealed class CompleteRarValidator : AbstractValidator<CompleteRarInput>
{
    public CompleteRarValidator()
    {
        RuleFor(x => x.CompletedOn).MustBeRealDate("Date the RAR was completed", "Enter the date the RAR was completed");
        RuleFor(x => x.ShortfallReason).MaximumLength(2000).WithMessage("Why the remaining days were not needed must be 2000 characters or fewer");
    }
}
