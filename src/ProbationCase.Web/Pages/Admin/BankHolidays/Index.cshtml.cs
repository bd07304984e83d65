using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Domain.Calendar;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Admin.BankHolidays;

/// <summary>The bank holiday table business days are counted against [DOMAIN.md §7]; administrators add new years' dates.</summary>
public sealed class IndexModel(ProbationCaseDbContext db, TimeProvider clock, Infrastructure.CaseSummaries.CaseSummaryRebuild summaries) : GovUkPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public NewBankHoliday Input { get; set; } = new();

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<BankHolidayRow> Holidays { get; private set; } = [];

    public int ShownYear { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IsValid(new NewBankHolidayValidator(), Input, nameof(Input)))
        {
            await LoadAsync();
            return PageWithErrors();
        }

        Input.Date.TryToDateOnly(out var date);
        if (await db.BankHolidays.AnyAsync(b => b.Date == date))
        {
            await LoadAsync();
            return PageWithError($"{nameof(Input)}.{nameof(Input.Date)}", "That date is already a bank holiday");
        }

        RuleField = $"{nameof(Input)}.{nameof(Input.Date)}";
        db.BankHolidays.Add(BankHoliday.Create(date, Input.Name ?? string.Empty));
        await db.SaveChangesAsync();
        // Business-day deadlines move with the calendar: every case summary is re-worked in the background.
        summaries.Request();
        TempData["Added"] = $"{Input.Name!.Trim()} added";
        return RedirectToPage(new { Year = date.Year });
    }

    public override Task ReloadAfterRuleBrokenAsync(CancellationToken cancellationToken) => LoadAsync();

    private async Task LoadAsync()
    {
        Years = await db.BankHolidays.Select(b => b.Date.Year).Distinct().OrderByDescending(y => y).ToListAsync();
        // A year that is no calendar year (from a hand-typed address) shows this year.
        ShownYear = Year is >= 1 and <= 9999 ? Year.Value : LondonClock.Today(clock).Year;
        var from = new DateOnly(ShownYear, 1, 1);
        var to = new DateOnly(ShownYear, 12, 31);
        Holidays = await db.BankHolidays.AsNoTracking()
            .Where(b => b.Date >= from && b.Date <= to)
            .OrderBy(b => b.Date)
            .Select(b => new BankHolidayRow(b.Date, b.Name))
            .ToListAsync();
    }
}

public sealed record BankHolidayRow(DateOnly Date, string Name);

public sealed class NewBankHoliday
{
    public DateInput Date { get; set; } = new();

    [MaxLengthOf<BankHoliday>(nameof(BankHoliday.Name), Label = "Name")]
    public string? Name { get; set; }
}

public sealed class NewBankHolidayValidator : AbstractValidator<NewBankHoliday>
{
    public NewBankHolidayValidator()
    {
        RuleFor(x => x.Date).MustBeRealDate("Date of the bank holiday", "Enter the date of the bank holiday");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the name of the bank holiday");
    }
}
