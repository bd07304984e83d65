using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Contacts;
using ProbationCase.Domain.Orders;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Pages.Cases.Contacts;

/// <summary>
/// Change what kind of contact this was through <see cref="Order.ReclassifyContact"/> — e.g. a RAR
/// activity after the maximum was reached recorded as a RAR appointment instead [DOMAIN.md §4,
/// seed 000 §5.5]. The order refuses what the rules forbid (reporting-in is never a RAR activity
/// [seed 000 §5.6]; no RAR activity after termination) and the refusal is shown as a GOV.UK error.
/// The form carries the contact's version.
/// </summary>
[Authorize(Policy = AccessPolicies.ResponsibleOfficer)]
public sealed class ReclassifyModel(ProbationCaseDbContext db) : CasePageModel
{
    [FromRoute]
    public Guid ContactId { get; set; }

    /// <summary>Set from the RAR days page to suggest the new type (GET only).</summary>
    [FromQuery(Name = "to")]
    public ContactType? Suggested { get; set; }

    /// <summary>Where to go back to: the RAR days page when it sent the officer here.</summary>
    [BindProperty(SupportsGet = true)]
    public bool FromRar { get; set; }

    [BindProperty]
    public ReclassifyInput Input { get; set; } = new();

    public CaseCaption Person { get; private set; } = null!;

    public Contact Contact { get; private set; } = null!;

    public Order Order { get; private set; } = null!;

    public string BackLink => FromRar ? $"/Cases/{PersonId}/Orders/{Contact.OrderId}/Rar" : $"/Cases/{PersonId}/Activity";

    public IEnumerable<SelectListItem> TypeOptions =>
        Enum.GetValues<ContactType>().Where(type => type != Contact.Type).Select(type => new SelectListItem(UiDefaults.Of(type), type.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.Version = db.VersionOf(Contact);
        Input.Type = Suggested is { } suggested && Enum.IsDefined(suggested) && suggested != Contact.Type ? suggested : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!IsValid(new ReclassifyValidator(Contact.Type), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        db.ExpectVersion(Contact, Input.Version);
        RuleField = $"{nameof(Input)}.{nameof(Input.Type)}";
        Order.ReclassifyContact(Contact, Input.Type!.Value);
        await db.SaveChangesAsync(cancellationToken);

        return Redirect(FromRar ? $"/Cases/{PersonId}/Orders/{Contact.OrderId}/Rar?reclassified={ContactId}" : $"/Cases/{PersonId}/Activity?reclassified={ContactId}");
    }

    public override Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == ContactId && c.PersonId == PersonId, cancellationToken);
        if (contact is null)
        {
            return false;
        }

        Contact = contact;
        Order = (await db.OrderAsync(PersonId, contact.OrderId, tracking: false, cancellationToken))!;
        Person = await CaseCaption.LoadAsync(db, PersonId, cancellationToken);
        return true;
    }
}

public sealed class ReclassifyInput
{
    /// <summary>The contact's version (xmin) when the form was shown.</summary>
    public uint Version { get; set; }

    public ContactType? Type { get; set; }
}

public sealed class ReclassifyValidator : AbstractValidator<ReclassifyInput>
{
    public ReclassifyValidator(ContactType current)
    {
        RuleFor(x => x.Type).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Select what kind of contact this was")
            .Must(type => Enum.IsDefined(type!.Value)).WithMessage("Select what kind of contact this was")
            .Must(type => type != current).WithMessage("Select a different kind of contact from the one recorded");
    }
}
