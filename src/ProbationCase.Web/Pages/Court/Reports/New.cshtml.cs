using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Court;
using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Court.Reports;

/// <summary>
/// Starts a pre-sentence report [DOMAIN.md §10]: type, court, hearing, the person (found by CRN, by
/// name and date of birth, or added), and the offences. A name and date of birth that match several
/// people are never guessed between: the user chooses.
/// </summary>
public sealed class NewModel(ProbationCaseDbContext db, CaseAccess access, CurrentStaff staff, TimeProvider clock, CrnIssuer crns) : GovUkPageModel
{
    public const int OffenceRows = 3;

    [BindProperty]
    public NewReportInput Input { get; set; } = new();

    /// <summary>The people a name and date of birth matched, when it was more than one.</summary>
    public IReadOnlyList<PersonMatch> Matches { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TypeOptions { get; } =
        Enum.GetValues<PsrType>().Select(type => new SelectListItem(UiDefaults.Of(type), type.ToString())).ToList();

    public IReadOnlyList<SelectListItem> FindByOptions { get; } =
    [
        new("Find them by CRN", nameof(PersonFinding.Crn)),
        new("Find them by name and date of birth", nameof(PersonFinding.NameAndDateOfBirth)),
        new("Add a new person", nameof(PersonFinding.NewPerson)),
    ];

    public IReadOnlyList<SelectListItem> MatchOptions => Matches
        .Select(match => new SelectListItem($"{match.Name}, {match.Crn}, born {UiDefaults.Date(match.DateOfBirth)}", match.Id.ToString()))
        .ToList();

    public void OnGet() => Input.EnsureOffenceRows();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.EnsureOffenceRows();
        if (!IsValid(new NewReportInputValidator(clock), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var now = clock.GetUtcNow();
        Guid personId;
        PersonOnProbation? newPerson = null;
        switch (Input.FindByChoice)
        {
            case PersonFinding.Crn:
                var crn = Crn.Parse(Input.Crn);
                var found = await access.VisiblePeople().Where(p => p.Crn == crn).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
                if (found is null)
                {
                    return PageWithError($"{nameof(Input)}.{nameof(NewReportInput.Crn)}", $"No one with CRN {crn} was found. Check the CRN, or add a new person.");
                }

                personId = found.Value;
                break;

            case PersonFinding.NameAndDateOfBirth:
                Matches = await FindByNameAsync(cancellationToken);
                if (Matches.Count == 0)
                {
                    return PageWithError($"{nameof(Input)}.{nameof(NewReportInput.LastName)}",
                        "No one with that name and date of birth was found. Check the details, find them by CRN, or add a new person.");
                }

                if (Matches.Count > 1)
                {
                    if (Input.ChosenPersonId is not { } chosen)
                    {
                        // Several people share the name and date of birth: ask, never guess.
                        ModelState.Remove($"{nameof(Input)}.{nameof(NewReportInput.ChosenPersonId)}");
                        return Page();
                    }

                    if (Matches.All(match => match.Id != chosen))
                    {
                        return PageWithError($"{nameof(Input)}.{nameof(NewReportInput.ChosenPersonId)}", "Select the person this report is about");
                    }

                    personId = chosen;
                }
                else
                {
                    personId = Matches[0].Id;
                }

                break;

            default:
                // The service issues the CRN (see CrnIssuer): nothing typed here can reveal whether a CRN is in use.
                var newCrn = await crns.NextAsync(cancellationToken);
                Input.NewDateOfBirth.TryToDateOnly(out var dateOfBirth);
                RuleField = $"{nameof(Input)}.{nameof(NewReportInput.NewFirstName)}";
                newPerson = PersonOnProbation.Create(newCrn, Input.NewFirstName!, Input.NewLastName!, dateOfBirth, now);

                personId = newPerson.Id;
                break;
        }

        Input.HearingDate.TryToDateOnly(out var hearingDate);
        RuleField = string.Empty;
        var report = PreSentenceReport.Create(
            personId,
            Enum.Parse<PsrType>(Input.Type!),
            Input.CourtName!,
            hearingDate,
            Input.FilledOffences().Select(offence =>
            {
                offence.Date.TryToDateOnly(out var offenceDate);
                return new OffenceDetails(offence.Description!, offenceDate);
            }),
            staff.StaffId ?? staff.UserId,
            now);

        if (newPerson is not null)
        {
            db.People.Add(newPerson);
        }

        db.PreSentenceReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Court/Reports/{report.Id}");
    }

    private async Task<IReadOnlyList<PersonMatch>> FindByNameAsync(CancellationToken cancellationToken)
    {
        var first = Input.FirstName!.Trim().ToLowerInvariant();
        var last = Input.LastName!.Trim().ToLowerInvariant();
        Input.DateOfBirth.TryToDateOnly(out var dateOfBirth);
        // ToLower is translated to SQL lower(); string.Equals with a comparison type is not translatable.
#pragma warning disable CA1862
        return await access.VisiblePeople()
            .Where(p => p.FirstName.ToLower() == first && p.LastName.ToLower() == last && p.DateOfBirth == dateOfBirth)
            .OrderBy(p => p.Crn)
            .Take(20)
            .Select(p => new PersonMatch(p.Id, p.Crn, p.FirstName + " " + p.LastName, p.DateOfBirth))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1862
    }
}

public sealed record PersonMatch(Guid Id, Crn Crn, string Name, DateOnly DateOfBirth);

public enum PersonFinding
{
    Crn = 1,
    NameAndDateOfBirth = 2,
    NewPerson = 3,
}

public sealed class NewReportInput
{
    public string? Type { get; set; }

    [MaxLengthOf<PreSentenceReport>(nameof(PreSentenceReport.CourtName), Label = "Court")]
    public string? CourtName { get; set; }

    public DateInput HearingDate { get; set; } = new();

    public string? FindBy { get; set; }

    public string? Crn { get; set; }

    [MaxLengthOf<PersonOnProbation>(nameof(PersonOnProbation.FirstName), Label = "First name")]
    public string? FirstName { get; set; }

    [MaxLengthOf<PersonOnProbation>(nameof(PersonOnProbation.LastName), Label = "Last name")]
    public string? LastName { get; set; }

    public DateInput DateOfBirth { get; set; } = new();

    public Guid? ChosenPersonId { get; set; }

    [MaxLengthOf<PersonOnProbation>(nameof(PersonOnProbation.FirstName), Label = "First name")]
    public string? NewFirstName { get; set; }

    [MaxLengthOf<PersonOnProbation>(nameof(PersonOnProbation.LastName), Label = "Last name")]
    public string? NewLastName { get; set; }

    public DateInput NewDateOfBirth { get; set; } = new();

    public List<OffenceInput> Offences { get; set; } = [];

    public PersonFinding? FindByChoice => Enum.TryParse<PersonFinding>(FindBy, out var choice) && Enum.IsDefined(choice) ? choice : null;

    public void EnsureOffenceRows()
    {
        while (Offences.Count < NewModel.OffenceRows)
        {
            Offences.Add(new OffenceInput());
        }
    }

    public IEnumerable<OffenceInput> FilledOffences() => Offences.Where(offence => !offence.IsEmpty);
}

public sealed class OffenceInput
{
    [MaxLengthOf<PsrOffence>(nameof(PsrOffence.Description), Label = "Offence")]
    public string? Description { get; set; }

    public DateInput Date { get; set; } = new();

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && Date.IsEmpty;
}

public sealed class NewReportInputValidator : AbstractValidator<NewReportInput>
{
    private const string CrnMessage = "Enter a CRN as one letter followed by six digits, for example X123456";

    public NewReportInputValidator(TimeProvider clock)
    {
        var today = ProbationCase.Domain.Calendar.LondonClock.Today(clock);
        RuleFor(x => x.Type).Must(type => Enum.TryParse<PsrType>(type, out var parsed) && Enum.IsDefined(parsed))
            .WithMessage("Select the type of report");
        RuleFor(x => x.CourtName).NotEmpty().WithMessage("Enter the court");
        RuleFor(x => x.HearingDate).MustBeRealDate("Hearing date", "Enter the hearing date");
        RuleFor(x => x.FindBy).Must((input, _) => input.FindByChoice is not null).WithMessage("Select how to find the person");

        When(x => x.FindByChoice == PersonFinding.Crn, () =>
        {
            RuleFor(x => x.Crn).Must(crn => ProbationCase.Domain.People.Crn.TryParse(crn, out _)).WithMessage(CrnMessage);
        });

        When(x => x.FindByChoice == PersonFinding.NameAndDateOfBirth, () =>
        {
            RuleFor(x => x.FirstName).NotEmpty().WithMessage("Enter their first name");
            RuleFor(x => x.LastName).NotEmpty().WithMessage("Enter their last name");
            RuleFor(x => x.DateOfBirth).MustBeRealDate("Date of birth", "Enter their date of birth");
        });

        When(x => x.FindByChoice == PersonFinding.NewPerson, () =>
        {
            RuleFor(x => x.NewFirstName).NotEmpty().WithMessage("Enter the new person's first name");
            RuleFor(x => x.NewLastName).NotEmpty().WithMessage("Enter the new person's last name");
            RuleFor(x => x.NewDateOfBirth).MustBeRealDate("Date of birth", "Enter the new person's date of birth")
                .DependentRules(() => RuleFor(x => x.NewDateOfBirth)
                    .Must(date => date.TryToDateOnly(out var born) && born < today).WithMessage("Date of birth must be in the past"));
        });

        RuleForEach(x => x.Offences).ChildRules(offence =>
        {
            offence.RuleFor(o => o.Description).NotEmpty().WithMessage("Enter what the offence was").When(o => !o.IsEmpty);
            offence.RuleFor(o => o.Date).MustBeRealDate("Offence date", "Enter the date of the offence").When(o => !o.IsEmpty);
        });
        RuleFor(x => x.Offences).Must(offences => offences.Count > 0 && !offences[0].IsEmpty)
            .OverridePropertyName("Offences[0].Description")
            .WithMessage("Enter at least one offence");
    }
}
