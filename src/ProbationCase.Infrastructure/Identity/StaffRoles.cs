namespace ProbationCase.Infrastructure.Identity;

/// <summary>The roles of DOMAIN.md §1. Names are stored in the database; do not rename.</summary>
public static class StaffRoles
{
    public const string ResponsibleOfficer = nameof(ResponsibleOfficer);
    public const string SeniorProbationOfficer = nameof(SeniorProbationOfficer);
    public const string CourtLiaison = nameof(CourtLiaison);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } =
        [ResponsibleOfficer, SeniorProbationOfficer, CourtLiaison, Administrator];
}
