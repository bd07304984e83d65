using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>Accredited programme [DOMAIN.md §6]: sessions, status and waiting time; move status, record a session.</summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class ProgrammeModel(ProbationCaseDbContext db, TimeProvider clock) : OrderWritePage(db, clock)
{
    [FromRoute]
    public Guid OrderId { get; set; }

    [BindProperty]
    public MoveProgrammeInput Move { get; set; } = new();

    [BindProperty]
    public ProgrammeSessionInput Session { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<AccreditedProgrammeRequirement> Programmes => Order.Requirements.OfType<AccreditedProgrammeRequirement>().ToList();

    public static IEnumerable<SelectListItem> StatusOptions =>
        Enum.GetValues<ProgrammeStatus>().Select(s => new SelectListItem(UiDefaults.Of(s), s.ToString()));

    public int? WaitingDays(AccreditedProgrammeRequirement programme) => programme?.WaitingDays(Today);

    protected override string Heading => "Accredited programme";

    protected override string PagePath => "/Cases/Orders/Programme";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return NotFound();
        }

        Move.On = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return NotFound();
        }

        var programme = Programmes.SingleOrDefault(p => p.Id == Move.RequirementId);
        if (programme is null)
        {
            return NotFound();
        }

        if (!IsValid(new MoveProgrammeValidator(), Move, nameof(Move)))
        {
            return PageWithErrors();
        }

        Move.On.TryToDateOnly(out var on);
        await ChangeAsync(programme, Move.Version, $"{nameof(Move)}.{nameof(Move.Status)}",
            () => Order.MoveProgramme(programme.Id, Move.Status!.Value, on, Move.Reason), cancellationToken);
        return RedirectToPage(new { personId = PersonId, orderId = OrderId, done = "moved" });
    }

    public async Task<IActionResult> OnPostSessionAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return NotFound();
        }

        var programme = Programmes.SingleOrDefault(p => p.Id == Session.RequirementId);
        if (programme is null)
        {
            return NotFound();
        }

        await ChangeAsync(programme, Session.Version, string.Empty,
            () => Order.RecordProgrammeSessionAttended(programme.Id, Today), cancellationToken);
        return RedirectToPage(new { personId = PersonId, orderId = OrderId, done = "session" });
    }
}

public sealed class MoveProgrammeInput
{
    public Guid RequirementId { get; set; }

    public uint Version { get; set; }

    public ProgrammeStatus? Status { get; set; }

    public DateInput On { get; set; } = new();

    [MaxLengthOf<Requirement>(nameof(Requirement.EndReason), Label = "Reason")]
    public string? Reason { get; set; }
}

public sealed class MoveProgrammeValidator : AbstractValidator<MoveProgrammeInput>
{
    public MoveProgrammeValidator()
    {
        RuleFor(x => x.Status).NotNull().WithMessage("Select the programme's new status");
        RuleFor(x => x.On).MustBeRealDate("Date of the change", "Enter the date of the change");
    }
}

public sealed class ProgrammeSessionInput
{
    public Guid RequirementId { get; set; }

    public uint Version { get; set; }
}
