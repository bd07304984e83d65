using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Forms;
using ProbationCase.Web.Pages.Cases.Orders;

namespace ProbationCase.Web.Pages.Cases.OrderEnd;

/// <summary>[statute: CJA 2003 Sch 8 para 9–10; DOMAIN.md §9a] a court extends a live order to a later end date.</summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class ExtendModel(ProbationCaseDbContext db, TimeProvider clock) : OrderWritePage(db, clock)
{
    [FromRoute]
    public Guid OrderId { get; set; }

    [BindProperty]
    public ExtendOrderInput Input { get; set; } = new();

    protected override string Heading => "The court extended the order";

    protected override string PagePath => "/Cases/OrderEnd/End";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return NotFound();
        }

        Input.Court = Order.SentencingCourt;
        Input.DecidedOn = DateInput.From(Today);
        Input.Version = VersionOf(Order);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return NotFound();
        }

        if (!IsValid(new ExtendOrderValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        Input.DecidedOn.TryToDateOnly(out var decidedOn);
        Input.NewEndDate.TryToDateOnly(out var newEnd);
        await ChangeAsync(Order, Input.Version, $"{nameof(Input)}.{nameof(Input.NewEndDate)}",
            () => Order.Extend(decidedOn, newEnd, Input.Court ?? string.Empty, Today), cancellationToken);
        return Redirect($"/Cases/{PersonId}/Orders/{OrderId}/End");
    }
}

public sealed class ExtendOrderInput
{
    public uint Version { get; set; }

    public string? Court { get; set; }

    public DateInput DecidedOn { get; set; } = new();

    public DateInput NewEndDate { get; set; } = new();
}

public sealed class ExtendOrderValidator : AbstractValidator<ExtendOrderInput>
{
    public ExtendOrderValidator()
    {
        RuleFor(x => x.Court).NotEmpty().WithMessage("Enter the court that extended the order")
            .MaximumLength(200).WithMessage("The court must be 200 characters or fewer");
        RuleFor(x => x.DecidedOn).MustBeRealDate("Date of the court's decision", "Enter the date of the court's decision");
        RuleFor(x => x.NewEndDate).MustBeRealDate("New end date", "Enter the new end date");
    }
}
