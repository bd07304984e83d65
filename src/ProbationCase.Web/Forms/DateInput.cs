using System.Globalization;

namespace ProbationCase.Web.Forms;

/// <summary>
/// A date as typed into the GOV.UK date input: day, month and year kept as the strings the user
/// entered, so a wrong answer is shown back to be corrected. Bind it as a property of the page's
/// input (<c>public DateInput DateOfBirth { get; set; } = new();</c>) and render it with
/// <c>&lt;govuk-date-input asp-for="Input.DateOfBirth" legend="..." /&gt;</c>.
/// </summary>
public sealed class DateInput
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>Nothing was entered in any of the three boxes.</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    public static DateInput From(DateOnly? date) => date is { } value ? From(value) : new DateInput();

    /// <summary>
    /// The date entered, if it is a real one with a four-digit year. Spaces are ignored and the
    /// month may be a name ("March", "Mar"), as GOV.UK advises accepting.
    /// </summary>
    public bool TryToDateOnly(out DateOnly date)
    {
        date = default;
        if (!TryParseNumber(Day, out var day) || !TryParseMonth(Month, out var month) || !TryParseYear(Year, out var year))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// The GOV.UK error message for what was entered, or null when it is a real date.
    /// <paramref name="subject"/> starts sentences ("Date of birth must include a month");
    /// <paramref name="enterMessage"/> is shown when nothing was entered ("Enter your date of birth").
    /// </summary>
    public string? ErrorMessage(string subject = "Date", string enterMessage = "Enter a date")
    {
        if (IsEmpty)
        {
            return enterMessage;
        }

        var missing = new List<string>(3);
        if (string.IsNullOrWhiteSpace(Day))
        {
            missing.Add("day");
        }

        if (string.IsNullOrWhiteSpace(Month))
        {
            missing.Add("month");
        }

        if (string.IsNullOrWhiteSpace(Year))
        {
            missing.Add("year");
        }

        if (missing.Count > 0)
        {
            return $"{subject} must include a {string.Join(" and ", missing)}";
        }

        if (TryParseNumber(Year, out _) && !TryParseYear(Year, out _))
        {
            return "Year must include 4 numbers";
        }

        return TryToDateOnly(out _) ? null : $"{subject} must be a real date";
    }

    private static bool TryParseNumber(string? text, out int number) =>
        int.TryParse(text?.Replace(" ", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static bool TryParseYear(string? text, out int year)
    {
        var trimmed = text?.Replace(" ", "", StringComparison.Ordinal);
        year = 0;
        return trimmed is { Length: 4 } && TryParseNumber(trimmed, out year) && year >= 1;
    }

    private static bool TryParseMonth(string? text, out int month)
    {
        if (TryParseNumber(text, out month))
        {
            return true;
        }

        var name = text?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        // "Mar" and "March" are month 3, "Sept" is month 9; two letters ("Ju") are ambiguous.
        var index = name.Length < 3
            ? -1
            : Array.FindIndex(MonthNames, m => m.StartsWith(name, StringComparison.OrdinalIgnoreCase));

        month = index + 1;
        return index >= 0;
    }
}
