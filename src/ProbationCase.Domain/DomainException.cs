namespace ProbationCase.Domain;

/// <summary>A broken business rule, with a message fit to show an officer.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message) { }

    public DomainException(string message, Exception innerException) : base(message, innerException) { }

    public DomainException() : base("The change breaks a business rule.") { }
}
