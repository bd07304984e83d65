using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Letters;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Letters;

namespace ProbationCase.Web.Pages.Cases.Letters;

/// <summary>
/// A printable (induction summary, appointment letter, warning letter, breach pack) as an HTML page with a print
/// stylesheet: composed from the record, or — once recorded as given — the stored copy, exactly as it was given.
/// </summary>
public sealed class LetterModel(ProbationCaseDbContext db, LetterQuery letters, CurrentStaff staff, IAuthorizationService authorization, TimeProvider clock) : CasePageModel
{
    [FromRoute]
    public Guid OrderId { get; set; }

    [FromRoute(Name = "kind")]
    public string KindName { get; set; } = string.Empty;

    [FromRoute]
    public Guid? SubjectId { get; set; }

    /// <summary>Show a fresh composition from the record even when a copy was given.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Fresh { get; set; }

    public LetterDocument Document { get; private set; } = null!;

    /// <summary>The stored copy being shown, if any.</summary>
    public IssuedLetter? Given { get; private set; }

    public string? GivenByName { get; private set; }

    public bool CanRecord { get; private set; }

    public LetterKind Kind { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!TryKind(out var kind))
        {
            return NotFound();
        }

        Kind = kind;
        Given = Fresh ? null : await LatestGivenAsync(cancellationToken);
        if (Given is not null)
        {
            Document = LetterDocument.FromJson(Given.Content);
            GivenByName = await db.Staff.AsNoTracking().Where(s => s.Id == Given.IssuedBy).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        }
        else if (await letters.ComposeAsync(PersonId, OrderId, kind, SubjectId, cancellationToken) is { } document)
        {
            Document = document;
        }
        else
        {
            return NotFound();
        }

        CanRecord = (await authorization.AuthorizeAsync(User, AccessPolicies.ResponsibleOfficer)).Succeeded;
        return Page();
    }

    /// <summary>Records the letter as given: composed again from the record and stored unchanged.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!TryKind(out var kind))
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, AccessPolicies.ResponsibleOfficer)).Succeeded)
        {
            return Forbid();
        }

        Kind = kind;
        if (await letters.ComposeAsync(PersonId, OrderId, kind, SubjectId, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        CanRecord = true;
        if (staff.StaffId is not { } staffId)
        {
            return PageWithError(string.Empty, "Your sign-in is not linked to a member of staff. Ask an administrator to link it.");
        }

        try
        {
            db.IssuedLetters.Add(IssuedLetter.Issue(PersonId, OrderId, kind, SubjectId, document.Date, document.Title, document.ToJson(), staffId, clock.GetUtcNow()));
        }
        catch (DomainException rule)
        {
            return PageWithError(string.Empty, rule.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Cases/{PersonId}/Orders/{OrderId}/Letters/{KindName}{(SubjectId is { } id ? $"/{id}" : "")}");
    }

    private Task<IssuedLetter?> LatestGivenAsync(CancellationToken cancellationToken) =>
        db.IssuedLetters.AsNoTracking()
            .Where(l => l.PersonId == PersonId && l.OrderId == OrderId && l.Kind == Kind && l.SubjectId == SubjectId)
            .OrderByDescending(l => l.IssuedAt)
            .FirstOrDefaultAsync(cancellationToken);

    private bool TryKind(out LetterKind kind)
    {
        kind = KindName switch
        {
            "Induction" => LetterKind.InductionSummary,
            "Appointment" => LetterKind.AppointmentLetter,
            "Warning" => LetterKind.WarningLetter,
            "BreachPack" => LetterKind.BreachPack,
            _ => 0,
        };
        return kind != 0 && (kind == LetterKind.InductionSummary) == (SubjectId is null);
    }
}
