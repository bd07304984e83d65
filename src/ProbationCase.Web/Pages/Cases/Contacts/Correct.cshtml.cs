using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Contacts;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Cases.Contacts;

/// <summary>
/// Correct a recorded outcome [DOMAIN.md §3, §12]: the new outcome and why, through
/// <see cref="Contact.CorrectOutcome"/>, which keeps the earlier outcome as a correction — records are
/// never silently overwritten. The form carries the contact's version, so a change by someone else
/// in the meantime is the conflict error (409) with what is stored now.
/// Enforcement already taken on the earlier outcome is not undone here.
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class CorrectModel(ProbationCaseDbContext db, CurrentStaff staff, TimeProvider clock) : CasePageModel
{
    [FromRoute]
    public Guid ContactId { get; set; }

    [BindProperty]
    public CorrectOutcomeInput Input { get; set; } = new();

    public CaseCaption Person { get; private set; } = null!;

    public Contact Contact { get; private set; } = null!;

    public IEnumerable<SelectListItem> OutcomeOptions =>
        Enum.GetValues<ContactOutcome>().Select(o => new SelectListItem(UiDefaults.Of(o), o.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Contact.Outcome is null)
        {
            return RedirectToPage("/Cases/Contacts/Outcome", new { personId = PersonId, contactId = ContactId });
        }

        Input.Version = db.VersionOf(Contact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!IsValid(new CorrectOutcomeValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        if (staff.StaffId is not { } staffId)
        {
            return PageWithError(string.Empty, "Your sign-in is not linked to a member of staff. Ask an administrator to link it.");
        }

        db.ExpectVersion(Contact, Input.Version);
        var outcome = Input.Outcome!.Value;
        RuleField = $"{nameof(Input)}.{(outcome == ContactOutcome.AcceptableAbsence ? nameof(Input.AbsenceRationale) : nameof(Input.Outcome))}";
        var absence = outcome == ContactOutcome.AcceptableAbsence
            ? new AcceptableAbsence(Input.AbsenceReason!.Value, Input.AbsenceRationale ?? string.Empty, Input.EvidenceSeen!.Value)
            : null;
        Contact.CorrectOutcome(outcome, absence, staffId, Input.Reason ?? string.Empty, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Cases/{PersonId}/Activity?corrected={ContactId}");
    }

    public override Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var contact = await db.Contacts
            .Include(c => c.Corrections)
            .SingleOrDefaultAsync(c => c.Id == ContactId && c.PersonId == PersonId, cancellationToken);
        if (contact is null)
        {
            return false;
        }

        Contact = contact;
        Person = await CaseCaption.LoadAsync(db, PersonId, cancellationToken);
        return true;
    }
}

public sealed class CorrectOutcomeInput
{
    /// <summary>The contact's version (xmin) when the form was shown.</summary>
    public uint Version { get; set; }

    public ContactOutcome? Outcome { get; set; }

    public AcceptableAbsenceReason? AbsenceReason { get; set; }

    [MaxLengthOf<Contact>(nameof(Contact.AbsenceRationale), Label = "Why the absence is acceptable")]
    public string? AbsenceRationale { get; set; }

    public bool? EvidenceSeen { get; set; }

    [MaxLengthOf<ContactOutcomeCorrection>(nameof(ContactOutcomeCorrection.Reason), Label = "Why the outcome is being corrected")]
    public string? Reason { get; set; }
}

/// <summary>The answers the page must have before the domain is asked; the rules themselves are the domain's.</summary>
public sealed class CorrectOutcomeValidator : AbstractValidator<CorrectOutcomeInput>
{
    public CorrectOutcomeValidator()
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage("Select the correct outcome")
            .Must(o => o is null || Enum.IsDefined(o.Value)).WithMessage("Select the correct outcome");
        When(x => x.Outcome == ContactOutcome.AcceptableAbsence, () =>
        {
            RuleFor(x => x.AbsenceReason).NotNull().WithMessage("Select the reason for the absence");
            RuleFor(x => x.EvidenceSeen).NotNull().WithMessage("Select yes if you saw evidence for the absence");
        });
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Enter why the outcome is being corrected");
    }
}
