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
/// GOV.UK question journey: order, type, when (start and end), where, [repeat], notes, [outcome], check your
/// answers. Earlier answers travel as hidden fields. Each step asks the domain (<see cref="Order.ArrangeContact"/>
/// on unsaved copies) so its rules are shown where the answer was given. A repeat booking's dates come from
/// <see cref="AppointmentSchedule"/>; the check page shows every clash with the person's other contacts
/// (<see cref="AppointmentClashes"/>, [seed 004 (Diana)]) before anything is saved, and all the appointments
/// are saved in one transaction.
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class BookModel(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock) : CasePageModel
{
    public const string OrderStep = "order";
    public const string TypeStep = "type";
    public const string WhenStep = "when";
    public const string WhereStep = "where";
    public const string RepeatStep = "repeat";
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

    /// <summary>The person's office, from the reference data of their team; null when they have no team yet.</summary>
    public PersonOffice? Office { get; private set; }

    /// <summary>The appointments this booking makes, once the date, times and repeat are answered.</summary>
    public IReadOnlyList<AppointmentSlot> Slots { get; private set; } = [];

    /// <summary>Each appointment's clashes with the person's other contacts, for the check page.</summary>
    public IReadOnlyList<AppointmentClash> Clashes { get; private set; } = [];

    public string LocationText => Input.LocationChoice == BookContactInput.AtOffice && Office is { } office
        ? office.Name
        : UiDefaults.Text(Input.Location);

    public IEnumerable<SelectListItem> LocationOptions =>
        (Office is { } office ? [new SelectListItem($"{office.Name} (the person's office)", BookContactInput.AtOffice)] : Array.Empty<SelectListItem>())
        .Append(new SelectListItem("Another place", BookContactInput.ElsewhereChoice));

    public static IEnumerable<SelectListItem> RepeatOptions =>
    [
        new SelectListItem("Does not repeat", nameof(RepeatFrequency.DoesNotRepeat)),
        new SelectListItem("Every week", nameof(RepeatFrequency.Weekly)),
        new SelectListItem("Every 2 weeks", nameof(RepeatFrequency.Fortnightly)),
    ];

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
                return TryArrange(order, new AppointmentSlot(atOrderStart, atOrderStart.AddHours(1)), nameof(Input.Type)) is null ? PageWithErrors() : Next(WhenStep);

            case WhenStep:
                if (!IsValid(new WhenStepValidator(), Input, nameof(Input)))
                {
                    return PageWithErrors();
                }

                if (!IsValid(new EndTimeValidator(required: !Record), Input, nameof(Input)))
                {
                    return PageWithErrors();
                }

                // The domain's own rule, asked here so its message sits against the end time rather than the date.
                var first = Input.FirstSlot();
                var endsAfterStart = new ContactEndsAfterItStartsRule(first.StartsAt, Input.HasEndTime ? first.EndsAt : null);
                if (endsAfterStart.IsBroken())
                {
                    return PageWithError($"{nameof(Input)}.{nameof(Input.EndTime)}", endsAfterStart.Message);
                }

                return TryArrangeAll(order!, [first], nameof(Input.Date)) is null ? PageWithErrors() : Next(WhereStep);

            case WhereStep:
                if (!IsValid(new WhereStepValidator(Office is not null), Input, nameof(Input)))
                {
                    return PageWithErrors();
                }

                return Next(Record ? NotesStep : RepeatStep);

            case RepeatStep:
                if (!IsValid(new RepeatStepValidator(), Input, nameof(Input)))
                {
                    return PageWithErrors();
                }

                RuleField = $"{nameof(Input)}.{nameof(Input.Times)}";
                Slots = Input.Slots();
                return TryArrangeAll(order!, Slots, nameof(Input.Times)) is null ? PageWithErrors() : Next(NotesStep);

            case NotesStep:
                if (Record)
                {
                    return Next(OutcomeStep);
                }

                return await NextToCheckAsync(cancellationToken);

            case OutcomeStep:
                if (!IsValid(new OutcomeStepValidator(), Input, nameof(Input)))
                {
                    return PageWithErrors();
                }

                return TryArrangeAll(order!, [Input.FirstSlot()], nameof(Input.Outcome)) is null ? PageWithErrors() : await NextToCheckAsync(cancellationToken);

            default:
                return await ConfirmAsync(order!, cancellationToken);
        }
    }

    private async Task<IActionResult> ConfirmAsync(Order order, CancellationToken cancellationToken)
    {
        ShowStep = CheckStep;
        if (!IsValid(new TypeStepValidator(), Input, nameof(Input)) || !IsValid(new WhenStepValidator(), Input, nameof(Input))
            || !IsValid(new EndTimeValidator(required: !Record), Input, nameof(Input))
            || !IsValid(new WhereStepValidator(Office is not null), Input, nameof(Input))
            || (!Record && !IsValid(new RepeatStepValidator(), Input, nameof(Input)))
            || (Record && !IsValid(new OutcomeStepValidator(), Input, nameof(Input))))
        {
            return PageWithErrors();
        }

        RuleField = $"{nameof(Input)}.{nameof(Input.Times)}";
        Slots = Record ? [Input.FirstSlot()] : Input.Slots();
        var contacts = TryArrangeAll(order, Slots, string.Empty);
        if (contacts is null)
        {
            return PageWithErrors();
        }

        // Every appointment of a repeat booking in one save: one transaction, all or nothing.
        db.Contacts.AddRange(contacts);
        await db.SaveChangesAsync(cancellationToken);
        var first = contacts[0];
        if (Record && Input.Outcome == OutcomeLater)
        {
            return RedirectToPage("/Cases/Contacts/Outcome", new { personId = PersonId, contactId = first.Id });
        }

        return RedirectToPage("/Cases/Contacts/Booked", new { personId = PersonId, contactId = first.Id, count = contacts.Count > 1 ? contacts.Count : (int?)null });
    }

    /// <summary>Goes to the check page with the booking's appointments and their clashes worked out.</summary>
    private async Task<IActionResult> NextToCheckAsync(CancellationToken cancellationToken)
    {
        var next = Next(CheckStep);
        if (ShowStep == CheckStep)
        {
            await LoadClashesAsync(cancellationToken);
        }

        return next;
    }

    /// <summary>
    /// [seed 004 (Diana)] the person's other contacts around the new appointments, narrowed in SQL by time only; which of
    /// them clash is the domain's decision (<see cref="AppointmentClashes.Find"/>).
    /// </summary>
    private async Task LoadClashesAsync(CancellationToken cancellationToken)
    {
        Slots = Record ? [Input.FirstSlot()] : Input.Slots();
        if (Slots.Count == 0)
        {
            return;
        }

        var from = Slots[0].StartsAt - AppointmentClashes.LookBehind;
        var until = Slots[^1].EndsAt;
        var nearby = await db.Contacts.AsNoTracking()
            .Where(c => c.PersonId == PersonId && c.StartsAt >= from && c.StartsAt < until)
            .OrderBy(c => c.StartsAt)
            .ToListAsync(cancellationToken);
        Clashes = AppointmentClashes.Find(Slots, nearby);
    }

    /// <summary>
    /// Arranges one contact per appointment through the domain without saving; null (with the error shown) when the
    /// sign-in has no staff record. A broken rule is shown against <paramref name="field"/> by the write path.
    /// </summary>
    private List<Contact>? TryArrangeAll(Order order, IReadOnlyList<AppointmentSlot> slots, string field)
    {
        var contacts = new List<Contact>();
        foreach (var slot in slots)
        {
            var contact = TryArrange(order, slot, field);
            if (contact is null)
            {
                return null;
            }

            contacts.Add(contact);
        }

        return contacts;
    }

    /// <summary>
    /// Asks the domain to arrange the contact (and, when recording, apply the outcome) without saving;
    /// a broken rule is shown against <paramref name="field"/> by the write path. Returns the unsaved contact, or null when the sign-in has no staff record.
    /// </summary>
    private Contact? TryArrange(Order order, AppointmentSlot slot, string field)
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
                slot.StartsAt,
                Input.IsFaceToFace ?? false,
                ContactDeliverer.ResponsibleOfficer,
                DeliveredByStaffId: staffId,
                RequirementId: Input.RequirementId,
                Notes: string.IsNullOrWhiteSpace(Input.Notes) ? null : Input.Notes.Trim(),
                IsSensitive: Input.IsSensitive,
                EndsAt: Input.HasEndTime ? slot.EndsAt : null,
                OfficeId: Input.LocationChoice == BookContactInput.AtOffice ? Office?.Id : null,
                Location: Input.LocationChoice == BookContactInput.ElsewhereChoice ? Input.Location : null),
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
        // The person's office: their team's, from reference data.
        Office = await db.People.AsNoTracking()
            .Where(p => p.Id == PersonId && p.TeamId != null)
            .Join(db.Teams, p => p.TeamId, t => (Guid?)t.Id, (p, t) => t.OfficeId)
            .Join(db.Offices, officeId => officeId, o => o.Id, (_, o) => new PersonOffice(o.Id, o.Name))
            .SingleOrDefaultAsync(cancellationToken);
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

    /// <summary>When it ends, London time; asked when booking, optional when recording.</summary>
    public string? EndTime { get; set; }

    /// <summary><see cref="AtOffice"/> or <see cref="ElsewhereChoice"/>.</summary>
    public string? LocationChoice { get; set; }

    [MaxLengthOf<Contact>(nameof(Contact.Location), Label = "The place")]
    public string? Location { get; set; }

    public RepeatFrequency Repeat { get; set; }

    /// <summary>How many appointments in all, for a repeat booking.</summary>
    public int? Times { get; set; }

    [MaxLengthOf<Contact>(nameof(Contact.Notes), Label = "Notes")]
    public string? Notes { get; set; }

    public bool IsSensitive { get; set; }

    /// <summary>Record variant only: an outcome name, or <see cref="BookModel.OutcomeLater"/>.</summary>
    public string? Outcome { get; set; }

    public const string AtOffice = "office";
    public const string ElsewhereChoice = "elsewhere";

    /// <summary>The London date and time entered, as a UTC instant.</summary>
    public DateTimeOffset? StartsAt() =>
        Date.TryToDateOnly(out var date) && TimeInput.TryParse(Time, out var time) ? LondonClock.ToUtc(date, time) : null;

    public bool HasEndTime => TimeInput.TryParse(EndTime, out _);

    /// <summary>
    /// The appointments asked for, from <see cref="AppointmentSchedule"/>, which refuses a count out of range. A contact
    /// recorded without an end time is given the domain's assumed length for the clash check only (its end stays unset).
    /// </summary>
    public IReadOnlyList<AppointmentSlot> Slots() => Schedule(Repeat, Repeat == RepeatFrequency.DoesNotRepeat ? 1 : Times ?? 0);

    /// <summary>The first (or only) appointment.</summary>
    public AppointmentSlot FirstSlot() => Schedule(RepeatFrequency.DoesNotRepeat, 1) is [var first, ..] ? first : new AppointmentSlot(default, default);

    private IReadOnlyList<AppointmentSlot> Schedule(RepeatFrequency repeat, int times)
    {
        // Only called once the date and start time have passed their validators.
        if (!Date.TryToDateOnly(out var date) || !TimeInput.TryParse(Time, out var start))
        {
            return [];
        }

        if (TimeInput.TryParse(EndTime, out var end))
        {
            return AppointmentSchedule.Occurrences(date, start, end, repeat, times);
        }

        return AppointmentSchedule.Occurrences(date, start, start, repeat, times)
            .Select(slot => slot with { EndsAt = slot.StartsAt + Contact.AssumedLength })
            .ToList();
    }
}

/// <summary>The office a contact can be booked at: the person's, from reference data.</summary>
public sealed record PersonOffice(Guid Id, string Name);

public sealed class EndTimeValidator : AbstractValidator<BookContactInput>
{
    /// <param name="required">Asked when booking; when recording a contact that took place it may be left out.</param>
    public EndTimeValidator(bool required)
    {
        RuleFor(x => x.EndTime).NotEmpty().WithMessage("Enter the time the appointment ends").When(_ => required);
        RuleFor(x => x.EndTime).Must(time => TimeInput.TryParse(time, out _)).WithMessage("Enter the end time as hours and minutes, like 15:30")
            .When(x => !string.IsNullOrWhiteSpace(x.EndTime));
    }
}

public sealed class WhereStepValidator : AbstractValidator<BookContactInput>
{
    public WhereStepValidator(bool hasOffice)
    {
        RuleFor(x => x.LocationChoice).Must(choice => choice == BookContactInput.ElsewhereChoice || (hasOffice && choice == BookContactInput.AtOffice))
            .WithMessage("Select where the contact takes place");
        RuleFor(x => x.Location).NotEmpty().WithMessage("Enter the place").When(x => x.LocationChoice == BookContactInput.ElsewhereChoice);
    }
}

public sealed class RepeatStepValidator : AbstractValidator<BookContactInput>
{
    public RepeatStepValidator()
    {
        RuleFor(x => x.Repeat).IsInEnum().WithMessage("Select how often the appointment repeats");
        RuleFor(x => x.Times).NotNull().WithMessage("Enter how many appointments to book")
            .When(x => x.Repeat != RepeatFrequency.DoesNotRepeat);
    }
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
