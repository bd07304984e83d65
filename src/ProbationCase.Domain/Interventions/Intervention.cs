namespace ProbationCase.Domain.Interventions;

public enum InterventionType
{
    AccreditedProgramme = 1,
    RarActivity = 2,
}

/// <summary>An item in the admin-managed interventions catalogue [DOMAIN.md §6, §10].</summary>
public sealed class Intervention : Entity
{
    private Intervention() { }

    public string Name { get; private set; } = string.Empty;

    public InterventionType Type { get; private set; }

    public int Sessions { get; private set; }

    public string Provider { get; private set; } = string.Empty;

    public string Location { get; private set; } = string.Empty;

    public bool IsWomenOnly { get; private set; }

    public bool IsAvailableNow { get; private set; }

    public static Intervention Create(string name, InterventionType type, int sessions, string provider, string location, bool isWomenOnly, bool isAvailableNow)
    {
        var intervention = new Intervention { Id = Guid.CreateVersion7() };
        intervention.Update(name, type, sessions, provider, location, isWomenOnly);
        intervention.IsAvailableNow = isAvailableNow;
        return intervention;
    }

    public void Update(string name, InterventionType type, int sessions, string provider, string location, bool isWomenOnly)
    {
        CheckRule(new TextIsRequiredRule(name, "Enter the intervention name."));
        CheckRule(new TextIsRequiredRule(provider, "Enter who provides the intervention."));
        CheckRule(new TextIsRequiredRule(location, "Enter where the intervention is delivered."));
        CheckRule(new InterventionNeedsSessionsRule(sessions));
        Name = name.Trim();
        Type = type;
        Sessions = sessions;
        Provider = provider.Trim();
        Location = location.Trim();
        IsWomenOnly = isWomenOnly;
    }

    public void MarkAvailable() => IsAvailableNow = true;

    public void MarkUnavailable() => IsAvailableNow = false;
}

public sealed class InterventionNeedsSessionsRule(int sessions) : IBusinessRule
{
    public bool IsBroken() => sessions < 1;

    public string Message => "An intervention must have at least one session.";
}
