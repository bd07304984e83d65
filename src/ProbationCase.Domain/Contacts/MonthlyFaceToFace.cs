namespace ProbationCase.Domain.Contacts;

/// <summary>[seed 003 The basics] face-to-face contact at least once every calendar month.</summary>
public static class MonthlyFaceToFace
{
    /// <summary>
    /// First day of each completed London calendar month, from the month of <paramref name="from"/>
    /// to the month before <paramref name="today"/>, with no attended face-to-face contact.
    /// The current month is not a gap until it ends.
    /// </summary>
    public static IReadOnlyList<DateOnly> MonthsWithoutFaceToFace(IEnumerable<Contact> contacts, DateOnly from, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var seen = contacts
            .Where(CountsAsFaceToFace)
            .Select(contact => MonthOf(contact.LondonDate))
            .ToHashSet();

        var gaps = new List<DateOnly>();
        for (var month = MonthOf(from); month < MonthOf(today); month = month.AddMonths(1))
        {
            if (!seen.Contains(month))
            {
                gaps.Add(month);
            }
        }

        return gaps;
    }

    /// <summary>A face-to-face contact the person actually attended.</summary>
    public static bool CountsAsFaceToFace(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact.IsFaceToFace && contact.Outcome is { } outcome && outcome.IsAttendance();
    }

    /// <summary>The London calendar month of a date, as its first day.</summary>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);
}
