namespace ProbationCase.Domain.Calendar;

/// <summary>A row in the administrator-edited bank holiday table [DOMAIN.md §7].</summary>
public sealed class BankHoliday : Entity
{
    private BankHoliday() { }

    public DateOnly Date { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public static BankHoliday Create(DateOnly date, string name)
    {
        BusinessRule.Check(new TextIsRequiredRule(name, "Enter the name of the bank holiday."));
        BusinessRule.Check(new BankHolidayIsAWeekdayRule(date));
        return new BankHoliday { Id = Guid.CreateVersion7(), Date = date, Name = name.Trim() };
    }

    public void Rename(string name)
    {
        CheckRule(new TextIsRequiredRule(name, "Enter the name of the bank holiday."));
        Name = name.Trim();
    }
}

/// <summary>Published bank holidays always fall Monday to Friday (weekend ones get a substitute day).</summary>
public sealed class BankHolidayIsAWeekdayRule(DateOnly date) : IBusinessRule
{
    public bool IsBroken() => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public string Message => "A bank holiday must fall on a weekday; enter the substitute day instead.";
}
