namespace ProbationCase.Domain.People;

/// <summary>Risk of serious harm [seed 004].</summary>
public enum RoshLevel
{
    NotAssessed = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    VeryHigh = 4,
}

/// <summary>Who is at risk of serious harm [seed 004].</summary>
[Flags]
public enum PeopleAtRisk
{
    None = 0,
    Public = 1 << 0,
    KnownAdult = 1 << 1,
    Children = 1 << 2,
    Staff = 1 << 3,
}

/// <summary>MAPPA category [seed 000 A1].</summary>
public enum MappaCategory
{
    None = 0,
    Category1 = 1,
    Category2 = 2,
    Category3 = 3,
    Category4 = 4,
}

[Flags]
public enum RiskFlags
{
    None = 0,
    DomesticAbuse = 1 << 0,
    ChildProtectionOrSafeguarding = 1 << 1,
    RiskToStaff = 1 << 2,
    RegisteredSexualOffender = 1 << 3,
    IntegratedOffenderManagement = 1 << 4,
    NoFixedAbode = 1 << 5,
}

/// <summary>One snapshot of a person's risk [DOMAIN.md §2 Risk]. A complex type for persistence.</summary>
public sealed record RiskAssessment
{
    public static RiskAssessment NotAssessed { get; } = new();

    public RoshLevel Rosh { get; init; }

    public PeopleAtRisk AtRisk { get; init; }

    /// <summary>OGRS likelihood of reoffending, whole per cent [seed 001 §1.14].</summary>
    public int? OgrsPercent { get; init; }

    /// <summary>RSR per cent to two decimals [seed 001 §1.14].</summary>
    public decimal? RsrPercent { get; init; }

    public MappaCategory MappaCategory { get; init; }

    /// <summary>MAPPA level 1–3, set only with a category [seed 000 A1].</summary>
    public int? MappaLevel { get; init; }

    public RiskFlags Flags { get; init; }

    // [seed 002 §2.2] domestic abuse, safeguarding or RoSH medium+ needs a keep-others-safe objective.
    public bool NeedsKeepingOthersSafeObjective =>
        Flags.HasFlag(RiskFlags.DomesticAbuse)
        || Flags.HasFlag(RiskFlags.ChildProtectionOrSafeguarding)
        || Rosh >= RoshLevel.Medium;
}

// [seed 001 §1.14, seed 000 A1] scores are percentages; RSR to two decimals; MAPPA level 1–3 with a category.
public sealed class RiskAssessmentMustBeValidRule(RiskAssessment assessment) : IBusinessRule
{
    public bool IsBroken() => Problem() is not null;

    public string Message => Problem() ?? string.Empty;

    private string? Problem()
    {
        if (assessment.OgrsPercent is < 0 or > 100)
        {
            return "OGRS must be a percentage between 0 and 100.";
        }

        if (assessment.RsrPercent is { } rsr && (rsr < 0m || rsr > 100m))
        {
            return "RSR must be a percentage between 0 and 100.";
        }

        if (assessment.RsrPercent is { } rounded && decimal.Round(rounded, 2) != rounded)
        {
            return "RSR is recorded to two decimal places, for example 3.27.";
        }

        if (assessment.MappaCategory == MappaCategory.None && assessment.MappaLevel is not null)
        {
            return "Select a MAPPA category before recording a MAPPA level.";
        }

        if (assessment.MappaCategory != MappaCategory.None && assessment.MappaLevel is not (1 or 2 or 3))
        {
            return "MAPPA level must be 1, 2 or 3.";
        }

        return null;
    }
}

/// <summary>A kept change to risk: the new assessment, who made it, when and why [DOMAIN.md §2].</summary>
public sealed class RiskHistoryEntry : Entity
{
    private RiskHistoryEntry() { }

    public Guid PersonId { get; private set; }

    public RiskAssessment Assessment { get; private set; } = RiskAssessment.NotAssessed;

    public Guid ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    internal static RiskHistoryEntry Create(Guid personId, RiskAssessment assessment, Guid changedBy, DateTimeOffset changedAt, string reason) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            Assessment = assessment,
            ChangedBy = changedBy,
            ChangedAt = changedAt.ToUniversalTime(),
            Reason = reason.Trim(),
        };
}
