using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Forms;
using ProbationCase.Web.Pages.Cases.Orders;

namespace ProbationCase.Web.Pages.Cases.Breach;

/// <summary>
/// Court liaison or the officer records what the court did with a breach [statute: CJA 2003 Sch 8 para 9–10;
/// seed 001 §2.35], and the domain applies it (<see cref="Order.RecordBreachCourtOutcome"/>): no action, a fine,
/// an amendment (requirements added or replaced, unpaid work from 20 hours, a new end date), or revoke and
/// re-sentence — the old order ends that day and the new one is made as a sentence is, staying with the
/// case's officer. The breach closes. The court may instead return the pack as incomplete [seed 004].
/// </summary>
[Authorize(Roles = StaffRoles.ResponsibleOfficer + "," + StaffRoles.SeniorProbationOfficer + "," + StaffRoles.CourtLiaison)]
public sealed class OutcomeModel(ProbationCaseDbContext db, TimeProvider clock) : OrderWritePage(db, clock)
{
    public static readonly IReadOnlyList<RequirementType> OtherRequirementTypes = Enum.GetValues<RequirementType>()
        .Where(type => type is not (RequirementType.RehabilitationActivity or RequirementType.UnpaidWork or RequirementType.AccreditedProgramme))
        .ToList();

    [FromRoute]
    public Guid OrderId { get; set; }

    [FromRoute]
    public Guid DecisionId { get; set; }

    [BindProperty]
    public CourtOutcomeInput Input { get; set; } = new();

    [BindProperty]
    public PackReturnedInput Returned { get; set; } = new();

    public EnforcementDecision Breach { get; private set; } = null!;

    public static IReadOnlyList<SelectListItem> OutcomeOptions { get; } =
        Enum.GetValues<BreachCourtOutcome>().Select(outcome => new SelectListItem(UiDefaults.Of(outcome), outcome.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> NewOrderOptions { get; } =
        [new(UiDefaults.Of(OrderType.CommunityOrder), nameof(OrderType.CommunityOrder)), new(UiDefaults.Of(OrderType.SuspendedSentenceOrder), nameof(OrderType.SuspendedSentenceOrder))];

    public static IReadOnlyList<SelectListItem> OtherRequirementOptions { get; } =
        OtherRequirementTypes.Select(type => new SelectListItem(UiDefaults.Of(type), type.ToString())).ToList();

    public IReadOnlyList<SelectListItem> ReplaceableOptions =>
        Order.Requirements.Where(r => !r.IsFinished).Select(r => new SelectListItem(UiDefaults.Of(r.Type), r.Id.ToString())).ToList();

    protected override string Heading => "The court's outcome on the breach";

    protected override string PagePath => "/Cases/Breach/Index";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadBreachAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new CourtOutcomeInput { Court = Order.SentencingCourt, DecidedOn = DateInput.From(Today), Version = VersionOf(Breach) };
        Returned = new PackReturnedInput { ReturnedOn = DateInput.From(Today), Version = Input.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadBreachAsync(cancellationToken))
        {
            return NotFound();
        }

        Returned.Version = Input.Version;
        if (!IsValid(new CourtOutcomeInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var contacts = Order.Rar is { } rar
            ? await Db.Contacts.AsNoTracking().Where(c => c.OrderId == Order.Id && c.RequirementId == rar.Id).ToListAsync(cancellationToken)
            : new List<Contact>();
        Order? newOrder = null;
        await ChangeAsync(Breach, Input.Version, string.Empty, () =>
        {
            newOrder = Order.RecordBreachCourtOutcome(DecisionId, Input.ToDecision(), contacts, Today, Now);
            if (newOrder is not null)
            {
                // [DOMAIN.md §9] the new order is the case's; the case stays with its officer (no reallocation).
                Db.Orders.Add(newOrder);
            }
        }, cancellationToken);
        return Redirect($"/Cases/{PersonId}/Orders/{OrderId}/Enforcement");
    }

    /// <summary>The domain's message beside the answer it is about.</summary>
    protected override string FieldFor(DomainException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return RuleField.Length > 0 ? RuleField : $"{nameof(Input)}.{Input.FieldFor(rule.Message)}";
    }

    /// <summary>[seed 004] the court returned the pack as incomplete: it goes back to the officer to complete and resend.</summary>
    public async Task<IActionResult> OnPostReturnedAsync(CancellationToken cancellationToken)
    {
        if (!await LoadBreachAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new CourtOutcomeInput { Court = Order.SentencingCourt, DecidedOn = DateInput.From(Today), Version = Returned.Version };
        if (!IsValid(new PackReturnedInputValidator(), Returned, nameof(Returned)))
        {
            return PageWithErrors();
        }

        Returned.ReturnedOn.TryToDateOnly(out var returnedOn);
        await ChangeAsync(Breach, Returned.Version, $"{nameof(Returned)}.{nameof(Returned.Reason)}",
            () => Order.ReturnBreachPack(DecisionId, returnedOn, Returned.Reason ?? string.Empty, Today), cancellationToken);
        return Redirect($"/Cases/{PersonId}/Orders/{OrderId}/Breaches/{DecisionId}/Pack");
    }

    private async Task<bool> LoadBreachAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(OrderId, cancellationToken))
        {
            return false;
        }

        var breach = Order.Decisions.SingleOrDefault(d => d.Id == DecisionId && d.Kind == EnforcementDecisionKind.Breach);
        if (breach is null)
        {
            return false;
        }

        Breach = breach;
        return true;
    }
}

public sealed class CourtOutcomeInput
{
    public uint Version { get; set; }

    public BreachCourtOutcome? Outcome { get; set; }

    public DateInput DecidedOn { get; set; } = new();

    public string? Court { get; set; }

    public string? Details { get; set; }

    public List<string> ReplaceRequirementIds { get; set; } = [];

    public string? AddRarDays { get; set; }

    public string? AddUnpaidWorkHours { get; set; }

    public List<string> AddOther { get; set; } = [];

    public string? AddOtherDetails { get; set; }

    public DateInput ExtendTo { get; set; } = new();

    public OrderType? NewOrderType { get; set; }

    public string? NewLengthInMonths { get; set; }

    public string? NewRarDays { get; set; }

    public string? NewUnpaidWorkHours { get; set; }

    public List<string> NewOther { get; set; } = [];

    public string? NewOtherDetails { get; set; }

    public BreachCourtDecision ToDecision()
    {
        DecidedOn.TryToDateOnly(out var decidedOn);
        var outcome = Outcome!.Value;
        if (outcome == BreachCourtOutcome.Amended)
        {
            return new BreachCourtDecision(
                outcome, decidedOn, Court ?? string.Empty, Details,
                AddedRequirements: Terms(AddRarDays, AddUnpaidWorkHours, AddOther, AddOtherDetails),
                ReplacedRequirementIds: ReplaceRequirementIds.Select(id => Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty).ToList(),
                ExtendedTo: ExtendTo.TryToDateOnly(out var extendTo) ? extendTo : null);
        }

        return outcome == BreachCourtOutcome.RevokedAndResentenced
            ? new BreachCourtDecision(
                outcome, decidedOn, Court ?? string.Empty, Details,
                NewOrderType: NewOrderType,
                NewOrderLengthInMonths: Number(NewLengthInMonths),
                NewOrderRequirements: Terms(NewRarDays, NewUnpaidWorkHours, NewOther, NewOtherDetails))
            : new BreachCourtDecision(outcome, decidedOn, Court ?? string.Empty, Details);
    }

    /// <summary>The answer a domain message is about, so the error sits beside it.</summary>
    public string FieldFor(string message)
    {
        var resentence = Outcome == BreachCourtOutcome.RevokedAndResentenced;
        return message switch
        {
            _ when message.Contains("unpaid work", StringComparison.OrdinalIgnoreCase) => resentence ? nameof(NewUnpaidWorkHours) : nameof(AddUnpaidWorkHours),
            _ when message.Contains("RAR", StringComparison.Ordinal) => resentence ? nameof(NewRarDays) : nameof(AddRarDays),
            _ when message.Contains("fine", StringComparison.Ordinal) => nameof(Details),
            _ when message.Contains("new end date", StringComparison.Ordinal) || message.Contains("extend", StringComparison.Ordinal) => nameof(ExtendTo),
            _ when message.Contains("amended", StringComparison.Ordinal) => nameof(Outcome),
            _ when message.Contains("length", StringComparison.OrdinalIgnoreCase) || message.Contains("last", StringComparison.Ordinal) => nameof(NewLengthInMonths),
            _ when message.Contains("new order", StringComparison.Ordinal) || message.Contains("requirement", StringComparison.Ordinal) => resentence ? nameof(NewOrderType) : nameof(AddOther),
            _ when message.Contains("court that", StringComparison.Ordinal) => nameof(Court),
            _ => nameof(DecidedOn),
        };
    }

    private static List<RequirementTerms> Terms(string? rarDays, string? unpaidWorkHours, List<string> other, string? otherDetails)
    {
        var terms = new List<RequirementTerms>();
        if (Number(rarDays) is { } days)
        {
            terms.Add(RequirementTerms.Rar(days));
        }

        if (Number(unpaidWorkHours) is { } hours)
        {
            terms.Add(RequirementTerms.UnpaidWork(hours));
        }

        foreach (var type in other.Select(value => Enum.TryParse<RequirementType>(value, out var parsed) ? parsed : (RequirementType?)null).OfType<RequirementType>().Distinct())
        {
            terms.Add(RequirementTerms.Other(type, otherDetails));
        }

        return terms;
    }

    internal static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

public sealed class PackReturnedInput
{
    public uint Version { get; set; }

    public DateInput ReturnedOn { get; set; } = new();

    public string? Reason { get; set; }
}

public sealed class CourtOutcomeInputValidator : AbstractValidator<CourtOutcomeInput>
{
    public CourtOutcomeInputValidator()
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage("Select what the court decided")
            .Must(outcome => outcome is null || Enum.IsDefined(outcome.Value)).WithMessage("Select what the court decided");
        RuleFor(x => x.DecidedOn).MustBeRealDate("Date of the court's decision", "Enter the date of the court's decision");
        RuleFor(x => x.Court).NotEmpty().WithMessage("Enter the court that dealt with the breach").MaximumLength(200).WithMessage("The court must be 200 characters or fewer");
        RuleFor(x => x.Details).MaximumLength(1000).WithMessage("What the court said must be 1000 characters or fewer");
        RuleFor(x => x.AddOtherDetails).MaximumLength(2000).WithMessage("The details must be 2000 characters or fewer");
        RuleFor(x => x.NewOtherDetails).MaximumLength(2000).WithMessage("The details must be 2000 characters or fewer");
        foreach (var (field, name) in new (System.Linq.Expressions.Expression<Func<CourtOutcomeInput, string?>>, string)[]
        {
            (x => x.AddRarDays, "RAR days"), (x => x.AddUnpaidWorkHours, "Unpaid work hours"),
            (x => x.NewLengthInMonths, "The length of the new order"), (x => x.NewRarDays, "RAR days"), (x => x.NewUnpaidWorkHours, "Unpaid work hours"),
        })
        {
            RuleFor(field).Must(text => string.IsNullOrWhiteSpace(text) || CourtOutcomeInput.Number(text) is > 0 and <= 10_000)
                .WithMessage($"{name} must be a whole number, like 20");
        }

        RuleFor(x => x.ExtendTo).MustBeRealDate("New end date", "Enter the new end date").When(x => !x.ExtendTo.IsEmpty);
        RuleFor(x => x.ReplaceRequirementIds).Must(ids => ids.All(id => Guid.TryParse(id, out _))).WithMessage("Select requirements from the list");
        RuleFor(x => x.NewOrderType).NotNull().WithMessage("Select the new order the court passed")
            .When(x => x.Outcome == BreachCourtOutcome.RevokedAndResentenced);
    }
}

public sealed class PackReturnedInputValidator : AbstractValidator<PackReturnedInput>
{
    public PackReturnedInputValidator()
    {
        RuleFor(x => x.ReturnedOn).MustBeRealDate("Date the pack was returned", "Enter the date the court returned the pack");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Enter what the court said was missing").MaximumLength(2000).WithMessage("What was missing must be 2000 characters or fewer");
    }
}
