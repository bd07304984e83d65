using System.Diagnostics.CodeAnalysis;

namespace ProbationCase.Domain.People;

/// <summary>Case reference number: one letter and six digits, e.g. X123456 [DOMAIN.md §2].</summary>
public sealed record Crn
{
    private Crn(string value) => Value = value;

    public string Value { get; }

    /// <summary>Accepts surrounding spaces and a lower-case letter; stores the upper-case form.</summary>
    public static Crn Parse(string? value) =>
        TryParse(value, out var crn)
            ? crn
            : throw new DomainException("Enter a CRN as one letter followed by six digits, for example X123456.");

    public static bool TryParse(string? value, [NotNullWhen(true)] out Crn? crn)
    {
        crn = null;
        if (value is null)
        {
            return false;
        }

        var candidate = value.Trim().ToUpperInvariant();
        if (candidate.Length != 7 || !char.IsAsciiLetterUpper(candidate[0]))
        {
            return false;
        }

        for (var i = 1; i < candidate.Length; i++)
        {
            if (!char.IsAsciiDigit(candidate[i]))
            {
                return false;
            }
        }

        crn = new Crn(candidate);
        return true;
    }

    public override string ToString() => Value;
}
