namespace ProbationCase.Domain.Requirements;

/// <summary>Statutory requirement types [statute; DOMAIN.md §2].</summary>
public enum RequirementType
{
    RehabilitationActivity = 1,
    UnpaidWork = 2,
    AccreditedProgramme = 3,
    DrugRehabilitation = 4,
    AlcoholTreatment = 5,
    AlcoholAbstinenceMonitoring = 6,
    MentalHealthTreatment = 7,
    Curfew = 8,
    Exclusion = 9,
    ProhibitedActivity = 10,
    Residence = 11,
    ForeignTravelProhibition = 12,
    AttendanceCentre = 13,
    ElectronicMonitoring = 14,
}

/// <summary>[seed 003] requirement status.</summary>
public enum RequirementStatus
{
    AwaitingStart = 1,
    InProgress = 2,
    Completed = 3,
    Terminated = 4,
    NotDelivered = 5,
}

/// <summary>What the court ordered for one requirement. Use the factory methods.</summary>
public sealed record RequirementTerms(RequirementType Type, int? Quantity = null, string? ProgrammeName = null, string? Details = null)
{
    /// <summary>A RAR with the maximum number of activity days the court set [seed 000 RE].</summary>
    public static RequirementTerms Rar(int maximumDays) => new(RequirementType.RehabilitationActivity, maximumDays);

    public static RequirementTerms UnpaidWork(int hours) => new(RequirementType.UnpaidWork, hours);

    public static RequirementTerms AccreditedProgramme(string programmeName, int sessionsRequired) =>
        new(RequirementType.AccreditedProgramme, sessionsRequired, programmeName);

    /// <summary>Any other statutory requirement; <paramref name="lengthInDays"/> where the court set one.</summary>
    public static RequirementTerms Other(RequirementType type, string? details = null, int? lengthInDays = null) =>
        new(type, lengthInDays, null, details);
}
