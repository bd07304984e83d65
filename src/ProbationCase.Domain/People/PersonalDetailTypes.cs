namespace ProbationCase.Domain.People;

/// <summary>Values any protected characteristic may take besides a recorded answer [DOMAIN.md §2].</summary>
public static class EqualityAnswer
{
    public const string NotRecorded = "Not recorded";
    public const string PrefersNotToSay = "Prefers not to say";
}

/// <summary>Criminogenic needs [seed 000 §5.1, 001 §2.10].</summary>
[Flags]
public enum Needs
{
    None = 0,
    Accommodation = 1 << 0,
    EducationTrainingAndEmployment = 1 << 1,
    FinanceBenefitsAndDebt = 1 << 2,
    Relationships = 1 << 3,
    Lifestyle = 1 << 4,
    Drugs = 1 << 5,
    Alcohol = 1 << 6,
    ThinkingAndBehaviour = 1 << 7,
    Attitudes = 1 << 8,
    EmotionalWellbeing = 1 << 9,
}

/// <summary>Barriers to engagement [seed 000 §5.1].</summary>
[Flags]
public enum Barriers
{
    None = 0,
    Language = 1 << 0,
    Literacy = 1 << 1,
    CaringDuties = 1 << 2,
    WorkingHours = 1 << 3,
    ReligiousFestivals = 1 << 4,
}

/// <summary>A postal address; a complex/owned type for persistence.</summary>
public sealed record Address(string Line1, string? Line2, string Town, string Postcode)
{
    public static Address Create(string line1, string? line2, string town, string postcode)
    {
        BusinessRule.Check(new TextIsRequiredRule(line1, "Enter the first line of the address."));
        BusinessRule.Check(new TextIsRequiredRule(town, "Enter the town or city."));
        BusinessRule.Check(new TextIsRequiredRule(postcode, "Enter the postcode."));
        return new Address(line1.Trim(), string.IsNullOrWhiteSpace(line2) ? null : line2.Trim(), town.Trim(), postcode.Trim().ToUpperInvariant());
    }
}
