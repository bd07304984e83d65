namespace ProbationCase.Domain.Calendar;

/// <summary>Business days are Monday to Friday less England and Wales bank holidays (DOMAIN.md §7).</summary>
public sealed class BusinessCalendar
{
    private readonly HashSet<DateOnly> _bankHolidays;

    public BusinessCalendar(IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _bankHolidays = [.. bankHolidays];
    }

    /// <summary>A calendar built from the published dates; the app should prefer the admin-edited table.</summary>
    public static BusinessCalendar EnglandAndWales { get; } = new(EnglandAndWalesBankHolidays.Dates);

    public IReadOnlyCollection<DateOnly> BankHolidays => _bankHolidays;

    public bool IsBankHoliday(DateOnly date) => _bankHolidays.Contains(date);

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary>
    /// The date <paramref name="businessDays"/> business days after <paramref name="start"/>
    /// (the start itself is day 0). Negative counts go backwards.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly start, int businessDays)
    {
        var step = businessDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(businessDays);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsBusinessDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Business days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsBusinessDay(date))
            {
                count++;
            }
        }

        return count;
    }

    public DateOnly NextBusinessDayOnOrAfter(DateOnly date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
