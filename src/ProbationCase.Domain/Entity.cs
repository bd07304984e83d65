namespace ProbationCase.Domain;

/// <summary>Base for everything with an identity. The id is a version-7 Guid so rows insert in time order.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; }

    protected static void CheckRule(IBusinessRule rule) => BusinessRule.Check(rule);
}
