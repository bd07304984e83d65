using System.Globalization;

namespace ProbationCase.Web.Cases.Journeys;

/// <summary>A time of day as typed (hh:mm, 24-hour), read as London wall-clock time.</summary>
public static class TimeInput
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "HHmm"];

    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
