using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Cases.Contacts;

/// <summary>
/// Book an appointment, or record a contact that has already happened (<c>?record=true</c>), as a
/// GOV.UK question journey: order, type, when, notes, [outcome], check your answers. Earlier
/// answers travel as hidden fields. Each step asks the domain (<see cref="Order.ArrangeContact"/>
/// on an unsaved copy) so its rules are shown where the answer was given.
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class BookModel(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock) : CasePageModel
{
    public const string OrderStep = "order";
    public const string TypeStep = "type";
    public const string WhenStep = "when";
    public const string NotesStep = "notes";
    public const string OutcomeStep = "outcome";
    public const string CheckStep = "check";

    /// <summary>The record variant's choice to record the outcome on the next page (enforcement needs the outcome journey).</summary>
    public const string OutcomeLater = "Later";

    private List<Order> orders = [];

    [BindProperty]
    public BookContactInput Input { get; set; } = new();

    /// <summary>Record a contact that has already happened, with its outcome.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Record { get; set; }

    /// <summary>The step being answered.</summary>
    [BindProperty]
    public string? Step { get; set; }

    /// <summary>Set by a Change button on the check answers page: the step to go back to.</summary>
    [BindProperty]
    public string? Change { get; set; }

    /// <summary>Set by the back link: the step to go back to, with every answer kept (they travel in the form).</summary>
    [BindProperty]
    public string? Back { get; set; }

    /// <summary>Set once a Change link on check your answers was used: after the change, straight back to the check page.</summary>
    [BindProperty]
    public bool ReturnToCheck { get; set; }

    /// <summary>
    /// Where the back link goes: the step before this one, or the check page while changing an answer; null on the
    /// first step (the back link then leaves the journey).
    /// </summary>
    public string? PreviousStep => ReturnToCheck && ShowStep != CheckStep ? CheckStep : ShowStep switch
    {
        TypeStep => HasSeveralOrders ? OrderStep : null,
        WhenStep => TypeStep,
        NotesStep => WhenStep,
        OutcomeStep => NotesStep,
        CheckStep => Record ? OutcomeStep : NotesStep,
        _ => null,
    };

    public string ShowStep { get; private set; } = TypeStep;

    public CaseCaption Person { get; private set; } = null!;

    public bool HasSeveralOrders => orders.Count > 1;

    public bool HasNoOrder => orders.Count == 0;

    public Order? SelectedOrder => orders.SingleOrDefault(o => o.Id == Input.OrderId);

    public string JourneyTitle => Record ? "Record a contact" : "Book an appointment";

    public IEnumerable<SelectListItem> OrderOptions => orders.Select(o => new SelectListItem(
        $"{UiDefaults.Of(o.Type)}, sentenced {UiDefaults.Date(o.SentenceDate)}{(o.HasEnded ? $" (ended {UiDefaults.Date(o.EndDate)})" : "")}", o.Id.ToString()));

    public IEnumerable<SelectListItem> TypeOptions => Enum.GetValues<ContactType>()
        .Select(t => new SelectListItem(UiDefaults.Of(t), t.ToString()));

    public IEnumerable<SelectListItem> RequirementOptions =>
        new[] { new SelectListItem("Not linked to a requirement", "") }
            .Concat((SelectedOrder?.Requirements ?? []).Select(r => new SelectListItem(UiDefaults.Of(r.Type), r.Id.ToString())));

    public static IEnumerable<SelectListItem> YesNo =>
        [new SelectListItem("Yes", "true"), new SelectListItem("No", "false")];

    public static IEnumerable<SelectListItem> RecordOutcomeOptions =>
    [
        new SelectListItem(UiDefaults.Of(ContactOutcome.AttendedComplied), nameof(ContactOutcome.AttendedComplied)),
        new SelectListItem(UiDefaults.Of(ContactOutcome.AttendedSentHomeServiceIssues), nameof(ContactOutcome.AttendedSentHomeServiceIssues)),
        new SelectListItem("Another outcome (absence, failure to comply) – record it on the next page", OutcomeLater),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (orders.Count == 1)
        {
            Input.OrderId = orders[0].Id;
        }

        ShowStep = HasSeveralOrders ? OrderStep : TypeStep;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (HasNoOrder)
        {
            return Page();
        }

        if (Back is { Length: > 0 } back)
        {
            ModelState.Clear();
            ShowStep = back;
            return Page();
        }

        if (Change is { Length: > 0 } change)
        {
            ModelState.Clear();
            ShowStep = change;
            ReturnToCheck = true;
            return Page();
        }

        ShowStep = Step ?? TypeStep;
        var order = SelectedOrder;
        if (order is null && ShowStep != OrderStep)
        {
            ShowStep = OrderStep;
            return PageWithError($"{nameof(Input)}.{nameof(Input.OrderId)}", "Select the order this contact is for");
        }

        switch (ShowStep)
        {
            case OrderStep:
                if (order is null)
                {
                    return PageWithError($"{nameof(Input)}.{nameof(Input.OrderId)}", "Select the order this contact is for");
                }

                return Next(TypeStep);

            case TypeStep:
                if (!IsValid(new TypeStepValidator(), Input, nameof(Input)))
                {
                    return PageWithErrors();
                }

                // The type rules, checked on a date inside the order so only they can fail here.
                var atOrderStart = LondonClock.ToUtc(order!.StartDate, new TimeOnly(12, 0));
                return TryArrange(order, atOrderStart, nameof(Input.Type)) is null ? PageWithErrors() : Next(WhenStep);

            case WhenStep:
                if (!IsValid(new WhenStepValidator(), Input, nameof(Input)))
                {
                    return PageWithErrors();
                }

                return TryArrange(order!, Input.StartsAt()!.Value, nameof(Input.Date)) is null ? PageWithErrors() : Next(NotesStep);

            case NotesStep:
                return Next(Record ? OutcomeStep : CheckStep);

            case OutcomeStep:
                if (!IsValid(new OutcomeStepValidator(), Input, nameof(Input)))
                {
                    return PageWithErrors();
                }

                return TryArrange(order!, Input.StartsAt()!.Value, nameof(Input.Outcome)) is null ? PageWithErrors() : Next(CheckStep);

            default:
                return await ConfirmAsync(order!, cancellationToken);
        }
    }

    private async Task<IActionResult> ConfirmAsync(Order order, CancellationToken cancellationToken)
    {
        ShowStep = CheckStep;
        if (!IsValid(new TypeStepValidator(), Input, nameof(Input)) || !IsValid(new WhenStepValidator(), Input, nameof(Input))
            || (Record && !IsValid(new OutcomeStepValidator(), Input, nameof(Input))))
        {
            return PageWithErrors();
        }

        var contact = TryArrange(order, Input.StartsAt()!.Value, string.Empty);
        if (contact is null)
        {
            return PageWithErrors();
        }

        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        if (Record && Input.Outcome == OutcomeLater)
        {
            return RedirectToPage("/Cases/Contacts/Outcome", new { personId = PersonId, contactId = contact.Id });
        }

        return RedirectToPage("/Cases/Contacts/Booked", new { personId = PersonId, contactId = contact.Id });
    }

    /// <summary>
    /// Asks the domain to arrange the contact (and, when recording, apply the outcome) without saving;
    /// a broken rule is shown against <paramref name="field"/> by the write path. Returns the unsaved contact, or null when the sign-in has no staff record.
    /// </summary>
    private Contact? TryArrange(Order order, DateTimeOffset startsAt, string field)
    {
        var key = field.Length == 0 ? string.Empty : $"{nameof(Input)}.{field}";
        if (staff.StaffId is not { } staffId)
        {
            ModelState.AddModelError(key, "Your sign-in is not linked to a member of staff. Ask an administrator to link it.");
            return null;
        }

        var now = clock.GetUtcNow();
        RuleField = key;
        var contact = order.ArrangeContact(
            new ContactArrangement(
                Input.Type!.Value,
                startsAt,
                Input.IsFaceToFace ?? false,
                ContactDeliverer.ResponsibleOfficer,
                DeliveredByStaffId: staffId,
                RequirementId: Input.RequirementId,
                Notes: string.IsNullOrWhiteSpace(Input.Notes) ? null : Input.Notes.Trim(),
                IsSensitive: Input.IsSensitive),
            now);
        if (Record && Enum.TryParse<ContactOutcome>(Input.Outcome, out var outcome))
        {
            contact.RecordOutcome(outcome, null, staffId, now);
        }

        return contact;
    }

    private PageResult Next(string step)
    {
        // Steps with no questions of their own (notes) still refuse text the input filter refused.
        if (!ModelState.IsValid)
        {
            return PageWithErrors();
        }

        ModelState.Clear();
        // After a change from the check page every other answer stands: straight back to it.
        ShowStep = ReturnToCheck ? CheckStep : step;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Person = await CaseCaption.LoadAsync(db, PersonId, cancellationToken);
        // Ended orders are listed too: an activity that took place before the end can still be logged.
        orders = await db.Orders.AsNoTracking()
            .Include(o => o.Requirements)
            .Where(o => o.PersonId == PersonId)
            .OrderBy(o => o.ActualEndDate != null).ThenByDescending(o => o.SentenceDate)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }
}

public sealed class BookContactInput
{
    public Guid? OrderId { get; set; }

    public ContactType? Type { get; set; }

    public Guid? RequirementId { get; set; }

    public bool? IsFaceToFace { get; set; }

    public DateInput Date { get; set; } = new();

    public string? Time { get; set; }

    [MaxLengthOf<Contact>(nameof(Contact.Notes), Label = "Notes")]
    public string? Notes { get; set; }

    public bool IsSensitive { get; set; }

    /// <summary>Record variant only: an outcome name, or <see cref="BookModel.OutcomeLater"/>.</summary>
    public string? Outcome { get; set; }

    /// <summary>The London date and time entered, as a UTC instant.</summary>
    public DateTimeOffset? StartsAt() =>
        Date.TryToDateOnly(out var date) && TimeInput.TryParse(Time, out var time) ? LondonClock.ToUtc(date, time) : null;
}

public sealed class TypeStepValidator : AbstractValidator<BookContactInput>
{
    public TypeStepValidator()
    {
        RuleFor(x => x.Type).NotNull().WithMessage("Select the type of contact");
        RuleFor(x => x.IsFaceToFace).NotNull().WithMessage("Select yes if the contact is face to face");
    }
}

public sealed class WhenStepValidator : AbstractValidator<BookContactInput>
{
    public WhenStepValidator()
    {
        RuleFor(x => x.Date).MustBeRealDate("Date of the contact", "Enter the date of the contact");
        RuleFor(x => x.Time).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the time of the contact")
            .Must(time => TimeInput.TryParse(time, out _)).WithMessage("Enter the time as hours and minutes, like 14:30");
    }
}

public sealed class OutcomeStepValidator : AbstractValidator<BookContactInput>
{
    public OutcomeStepValidator()
    {
        RuleFor(x => x.Outcome).NotEmpty().WithMessage("Select the outcome of the contact");
    }
}
