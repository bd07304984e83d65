using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Infrastructure.Persistence.Configurations;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Cases.Contacts;

/// <summary>
/// Record an outcome [DOMAIN.md §3, §9]: outcome; for an acceptable absence its reason, rationale and
/// evidence; for an enforceable outcome whether there was a reasonable excuse and, if not, the action
/// the order requires (warning, or breach referral) or a proposal of professional discretion; then
/// check your answers. Each step asks the domain on unsaved copies so a broken rule shows where the
/// answer was given; the confirm step records outcome, failure and action in one save. The form
/// carries the contact's version so two officers recording at once cannot overwrite each other.
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class OutcomeModel(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock) : CasePageModel
{
    public const string OutcomeStep = "outcome";
    public const string AbsenceStep = "absence";
    public const string ExcuseStep = "excuse";
    public const string ActionStep = "action";
    public const string WarningStep = "warning";
    public const string RationaleStep = "rationale";
    public const string CheckStep = "check";

    private const string NotLinked = "Your sign-in is not linked to a member of staff. Ask an administrator to link it.";

    private static readonly string[] StepOrder = [OutcomeStep, AbsenceStep, ExcuseStep, ActionStep, WarningStep, RationaleStep, CheckStep];

    [FromRoute]
    public Guid ContactId { get; set; }

    [BindProperty]
    public RecordOutcomeInput Input { get; set; } = new();

    [BindProperty]
    public string? Step { get; set; }

    [BindProperty]
    public string? Change { get; set; }

    /// <summary>Set by the back link: the step to go back to, with every answer kept (they travel in the form).</summary>
    [BindProperty]
    public string? Back { get; set; }

    /// <summary>Set once a Change link on check your answers was used: after the change, straight back to the check page.</summary>
    [BindProperty]
    public bool ReturnToCheck { get; set; }

    /// <summary>
    /// Where the back link goes: the step before this one on the path the answers take, or the check page while
    /// changing an answer; null on the first step (the back link then leaves the journey).
    /// </summary>
    public string? PreviousStep => ReturnToCheck && ShowStep != CheckStep ? CheckStep
        : ShowStep == OutcomeStep ? null
        : Path().TakeWhile(step => step != ShowStep).LastOrDefault();

    public string ShowStep { get; private set; } = OutcomeStep;

    public CaseCaption Person { get; private set; } = null!;

    public Contact Contact { get; private set; } = null!;

    public Order Order { get; private set; } = null!;

    /// <summary>What the order requires after an unacceptable failure on this contact's date [CJA 2003 Sch 8].</summary>
    public RequiredEnforcementAction RequiredAction => Order.RequiredActionFor(Contact.LondonDate);

    public static IEnumerable<SelectListItem> OutcomeOptions =>
        Enum.GetValues<ContactOutcome>().Select(o => new SelectListItem(UiDefaults.Of(o), o.ToString()));

    public static IEnumerable<SelectListItem> ReasonOptions =>
        Enum.GetValues<AcceptableAbsenceReason>().Select(r => new SelectListItem(UiDefaults.Of(r), r.ToString()));

    public static IEnumerable<SelectListItem> YesNo =>
        [new SelectListItem("Yes", "true"), new SelectListItem("No", "false")];

    public IEnumerable<SelectListItem> ResponseOptions => AllowedResponses.Select(r => new SelectListItem(Describe(r), r.ToString()));

    public IReadOnlyList<EnforcementResponse> AllowedResponses => RequiredAction == RequiredEnforcementAction.Warning
        ? [EnforcementResponse.Warning, EnforcementResponse.ProfessionalDiscretion]
        : [EnforcementResponse.Breach, EnforcementResponse.ProfessionalDiscretion];

    public static string Describe(EnforcementResponse response) => response switch
    {
        EnforcementResponse.Warning => "Give a warning",
        EnforcementResponse.Breach => "Refer for breach – goes to a senior probation officer for approval",
        _ => "Use professional discretion – needs a senior probation officer's approval",
    };

    public bool IsEnforceableOutcome => Input.Outcome is { } outcome && outcome.IsEnforceable();

    public bool IsUnacceptableFailure => IsEnforceableOutcome && Input.ReasonableExcuse == false;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(tracking: false, cancellationToken))
        {
            return NotFound();
        }

        Input.Version = await VersionAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var confirming = Change is not { Length: > 0 } && Back is not { Length: > 0 } && Step == CheckStep;
        if (!await LoadAsync(tracking: confirming, cancellationToken))
        {
            return NotFound();
        }

        if (Back is { Length: > 0 } back)
        {
            ModelState.Clear();
            ShowStep = StepOrder.Contains(back) ? back : OutcomeStep;
            return Page();
        }

        if (Change is { Length: > 0 } change)
        {
            ModelState.Clear();
            ShowStep = StepOrder.Contains(change) ? change : OutcomeStep;
            ReturnToCheck = true;
            return Page();
        }

        ShowStep = StepOrder.Contains(Step) ? Step! : OutcomeStep;
        if (!IsValid(new RecordOutcomeStepValidator(ShowStep, AllowedResponses), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        if (ShowStep == CheckStep)
        {
            return await ConfirmAsync(cancellationToken);
        }

        if (staff.StaffId is null)
        {
            return PageWithError(string.Empty, NotLinked);
        }

        Apply(Order, Contact, ShowStep);
        ModelState.Clear();
        ShowStep = NextStep(ShowStep);
        // After a change from the check page, back to it unless the change needs answers not yet given.
        while (ReturnToCheck && ShowStep != CheckStep && IsAnswered(ShowStep))
        {
            ShowStep = NextStep(ShowStep);
        }

        if (ShowStep == WarningStep && Input.WarningGivenOn.IsEmpty)
        {
            Input.WarningGivenOn = DateInput.From(LondonClock.DateOf(clock.GetUtcNow()));
        }

        if (ShowStep == WarningStep && string.IsNullOrWhiteSpace(Input.WarningContent))
        {
            Input.WarningContent = EnforcementWarning.StandardWording(FailureDescription(), Order.Type == OrderType.Licence);
        }

        return Page();
    }

    private async Task<IActionResult> ConfirmAsync(CancellationToken cancellationToken)
    {
        if (staff.StaffId is null)
        {
            return PageWithError(string.Empty, NotLinked);
        }

        db.ExpectVersion(Contact, Input.Version);
        Apply(Order, Contact, CheckStep);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Cases/Contacts/Booked", new { personId = PersonId, contactId = ContactId, outcome = "true" });
    }

    /// <summary>A refused step shows the contact and order as stored.</summary>
    public override Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken) => LoadAsync(tracking: false, cancellationToken);

    /// <summary>
    /// Applies the answers given up to <paramref name="throughStep"/> through the domain: the outcome,
    /// then for an unacceptable failure the failure and the chosen action. Unsaved unless the caller saves;
    /// a rule the domain refuses is shown against the step's question by the write path.
    /// </summary>
    private void Apply(Order order, Contact contact, string throughStep)
    {
        var through = Array.IndexOf(StepOrder, throughStep);
        bool Reached(string step) => through >= Array.IndexOf(StepOrder, step);

        var staffId = staff.StaffId!.Value;
        var now = clock.GetUtcNow();
        RuleField = FieldFor(throughStep);
        var outcome = Input.Outcome!.Value;
        AcceptableAbsence? absence = outcome == ContactOutcome.AcceptableAbsence && Reached(AbsenceStep)
            ? new AcceptableAbsence(Input.AbsenceReason ?? default, Input.AbsenceRationale ?? string.Empty, Input.EvidenceSeen ?? false)
            : null;
        if (outcome != ContactOutcome.AcceptableAbsence || absence is not null)
        {
            contact.RecordOutcome(outcome, absence, staffId, now, Input.Notes);
        }

        if (!outcome.IsEnforceable() || Input.ReasonableExcuse != false || !Reached(ExcuseStep))
        {
            return;
        }

        var failure = order.RecordUnacceptableFailure(contact, staffId, now);
        switch (Input.Response)
        {
            case EnforcementResponse.Warning when Reached(WarningStep):
                // [statute: Sch 8 para 6] dated the day it was given, which may be before today.
                Input.WarningGivenOn.TryToDateOnly(out var givenOn);
                try
                {
                    order.GiveWarning(failure.Id, staffId, givenOn, Input.WarningContent ?? string.Empty, LondonClock.DateOf(now));
                }
                catch (DomainException rule) when (IsAboutWarningDate(rule.Message))
                {
                    RuleField = $"{nameof(Input)}.{nameof(Input.WarningGivenOn)}";
                    throw;
                }

                break;
            case EnforcementResponse.Breach when Reached(RationaleStep):
                order.ReferBreach(failure.Id, staffId, Input.Rationale ?? string.Empty, now);
                break;
            case EnforcementResponse.ProfessionalDiscretion when Reached(RationaleStep):
                order.ProposeProfessionalDiscretion(failure.Id, staffId, Input.Rationale ?? string.Empty, now);
                break;
        }
    }

    private static bool IsAboutWarningDate(string message) =>
        message.StartsWith("The date the warning", StringComparison.Ordinal) || message.StartsWith("The warning cannot be given before", StringComparison.Ordinal);

    private string FieldFor(string step) => step switch
    {
        OutcomeStep => $"{nameof(Input)}.{nameof(Input.Outcome)}",
        AbsenceStep when Input.AbsenceReason is null => $"{nameof(Input)}.{nameof(Input.AbsenceReason)}",
        AbsenceStep => $"{nameof(Input)}.{nameof(Input.AbsenceRationale)}",
        ExcuseStep => $"{nameof(Input)}.{nameof(Input.ReasonableExcuse)}",
        ActionStep => $"{nameof(Input)}.{nameof(Input.Response)}",
        WarningStep => $"{nameof(Input)}.{nameof(Input.WarningContent)}",
        RationaleStep => $"{nameof(Input)}.{nameof(Input.Rationale)}",
        _ => string.Empty,
    };

    private string NextStep(string step) => step switch
    {
        OutcomeStep when Input.Outcome == ContactOutcome.AcceptableAbsence => AbsenceStep,
        OutcomeStep when IsEnforceableOutcome => ExcuseStep,
        ExcuseStep when Input.ReasonableExcuse == false => ActionStep,
        ActionStep when Input.Response == EnforcementResponse.Warning => WarningStep,
        ActionStep => RationaleStep,
        _ => CheckStep,
    };

    /// <summary>The steps the answers so far lead through, from the first to the check page.</summary>
    private IEnumerable<string> Path()
    {
        var step = OutcomeStep;
        for (var i = 0; i < StepOrder.Length; i++)
        {
            yield return step;
            if (step == CheckStep)
            {
                yield break;
            }

            step = NextStep(step);
        }
    }

    /// <summary>Whether a step's question already has an answer (kept from before a change).</summary>
    private bool IsAnswered(string step) => step switch
    {
        AbsenceStep => Input.AbsenceReason is not null && Input.EvidenceSeen is not null && !string.IsNullOrWhiteSpace(Input.AbsenceRationale),
        ExcuseStep => Input.ReasonableExcuse is not null,
        ActionStep => Input.Response is { } response && AllowedResponses.Contains(response),
        WarningStep => !Input.WarningGivenOn.IsEmpty && !string.IsNullOrWhiteSpace(Input.WarningContent),
        RationaleStep => !string.IsNullOrWhiteSpace(Input.Rationale),
        _ => false,
    };

    /// <summary>The first sentence of the draft warning: what the failure was.</summary>
    private string FailureDescription()
    {
        var what = UiDefaults.Of(Contact.Type).ToLowerInvariant().Replace("rar ", "RAR ", StringComparison.Ordinal);
        var on = $"On {UiDefaults.Date(Contact.LondonDate)} at {UiDefaults.Time(Contact.StartsAt)}";
        return Input.Outcome switch
        {
            ContactOutcome.AttendedFailedToComply => $"{on} you attended your {what} but did not comply with what you were asked to do.",
            ContactOutcome.AttendedSentHomeBehaviour => $"{on} you were sent home from your {what} because of your behaviour.",
            _ => $"{on} you did not attend your {what} and did not give an acceptable reason.",
        };
    }

    private async Task<bool> LoadAsync(bool tracking, CancellationToken cancellationToken)
    {
        var contacts = tracking ? db.Contacts : db.Contacts.AsNoTracking();
        var contact = await contacts.SingleOrDefaultAsync(c => c.Id == ContactId && c.PersonId == PersonId, cancellationToken);
        if (contact is null)
        {
            return false;
        }

        Contact = contact;
        Order = (await db.OrderAsync(PersonId, contact.OrderId, tracking, cancellationToken))!;
        Person = await CaseCaption.LoadAsync(db, PersonId, cancellationToken);
        return true;
    }

    private Task<uint> VersionAsync(CancellationToken cancellationToken) =>
        db.Contacts.Where(c => c.Id == ContactId)
            .Select(c => EF.Property<uint>(c, ConcurrencyVersion.PropertyName))
            .SingleAsync(cancellationToken);
}

public enum EnforcementResponse
{
    Warning = 1,
    Breach = 2,
    ProfessionalDiscretion = 3,
}

public sealed class RecordOutcomeInput
{
    /// <summary>The contact's version (xmin) when the journey started.</summary>
    public uint Version { get; set; }

    public ContactOutcome? Outcome { get; set; }

    /// <summary>The officer's notes on the outcome [DOMAIN.md §3]; optional, asked with the outcome.</summary>
    [MaxLengthOf<Contact>(nameof(Contact.OutcomeNotes), Label = "Notes")]
    public string? Notes { get; set; }

    public AcceptableAbsenceReason? AbsenceReason { get; set; }

    [MaxLengthOf<Contact>(nameof(Contact.AbsenceRationale), Label = "Why the absence is acceptable")]
    public string? AbsenceRationale { get; set; }

    public bool? EvidenceSeen { get; set; }

    public bool? ReasonableExcuse { get; set; }

    public EnforcementResponse? Response { get; set; }

    /// <summary>[statute: Sch 8 para 6] the day the warning was given: on or after the failure, not in the future.</summary>
    public DateInput WarningGivenOn { get; set; } = new();

    [MaxLengthOf<EnforcementWarning>(nameof(EnforcementWarning.Content), Label = "The warning")]
    public string? WarningContent { get; set; }

    [MaxLengthOf<EnforcementDecision>(nameof(EnforcementDecision.Rationale), Label = "Rationale")]
    public string? Rationale { get; set; }
}

/// <summary>The answers each step must have before the domain is asked; the rules themselves are the domain's.</summary>
public sealed class RecordOutcomeStepValidator : AbstractValidator<RecordOutcomeInput>
{
    public RecordOutcomeStepValidator(string step, IReadOnlyList<EnforcementResponse> allowed)
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage("Select the outcome");
        if (step == OutcomeModel.AbsenceStep)
        {
            RuleFor(x => x.EvidenceSeen).NotNull().WithMessage("Select yes if you saw evidence for the absence");
        }

        if (step == OutcomeModel.ExcuseStep)
        {
            RuleFor(x => x.ReasonableExcuse).NotNull().WithMessage("Select yes if the person had a reasonable excuse");
        }

        if (step == OutcomeModel.WarningStep)
        {
            RuleFor(x => x.WarningGivenOn).MustBeRealDate("Date the warning was given", "Enter the date the warning was given");
        }

        if (step == OutcomeModel.CheckStep)
        {
            RuleFor(x => x.WarningGivenOn).MustBeRealDate("Date the warning was given", "Enter the date the warning was given")
                .When(x => x.Response == EnforcementResponse.Warning && x.ReasonableExcuse == false);
        }

        if (step == OutcomeModel.ActionStep)
        {
            RuleFor(x => x.Response).NotNull().WithMessage("Select what you will do about the failure")
                .Must(response => response is null || allowed.Contains(response.Value)).WithMessage("Select one of the actions shown");
        }
    }
}
