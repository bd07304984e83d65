namespace ProbationCase.Domain;

/// <summary>A rule from DOMAIN.md, checked before an aggregate changes.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}

public static class BusinessRule
{
    /// <summary>Throws a <see cref="DomainException"/> carrying the rule's message when the rule is broken.</summary>
    public static void Check(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken())
        {
            throw new DomainException(rule.Message);
        }
    }
}

/// <summary>Free text an officer must fill in (a rationale, a reason, a name).</summary>
public sealed class TextIsRequiredRule(string? text, string message) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text);

    public string Message => message;
}
