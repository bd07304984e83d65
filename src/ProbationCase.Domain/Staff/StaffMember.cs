namespace ProbationCase.Domain.Staff;

/// <summary>Officer grades [DOMAIN.md §1].</summary>
public enum OfficerGrade
{
    ProbationServicesOfficer = 1,
    ProbationOfficer = 2,
    SeniorProbationOfficer = 3,
}

/// <summary>A member of staff who can hold a caseload and, as an SPO, approve enforcement decisions.</summary>
public sealed class StaffMember : Entity
{
    private StaffMember() { }

    public string Name { get; private set; } = string.Empty;

    public OfficerGrade Grade { get; private set; }

    public Guid? TeamId { get; private set; }

    public bool IsActive { get; private set; }

    public bool IsSeniorProbationOfficer => Grade == OfficerGrade.SeniorProbationOfficer;

    public static StaffMember Create(string name, OfficerGrade grade, Guid? teamId)
    {
        BusinessRule.Check(new TextIsRequiredRule(name, "Enter the staff member's name."));
        return new StaffMember { Id = Guid.CreateVersion7(), Name = name.Trim(), Grade = grade, TeamId = teamId, IsActive = true };
    }

    public void ChangeGrade(OfficerGrade grade) => Grade = grade;

    public void MoveToTeam(Guid? teamId) => TeamId = teamId;

    public void Deactivate() => IsActive = false;
}

/// <summary>A team led by an SPO, based at an office.</summary>
public sealed class Team : Entity
{
    private Team() { }

    public string Name { get; private set; } = string.Empty;

    public Guid OfficeId { get; private set; }

    public static Team Create(string name, Guid officeId)
    {
        BusinessRule.Check(new TextIsRequiredRule(name, "Enter the team name."));
        return new Team { Id = Guid.CreateVersion7(), Name = name.Trim(), OfficeId = officeId };
    }

    public void Rename(string name)
    {
        CheckRule(new TextIsRequiredRule(name, "Enter the team name."));
        Name = name.Trim();
    }

    public void MoveToOffice(Guid officeId) => OfficeId = officeId;
}

/// <summary>A probation office.</summary>
public sealed class Office : Entity
{
    private Office() { }

    public string Name { get; private set; } = string.Empty;

    public string? Address { get; private set; }

    public static Office Create(string name, string? address)
    {
        BusinessRule.Check(new TextIsRequiredRule(name, "Enter the office name."));
        return new Office { Id = Guid.CreateVersion7(), Name = name.Trim(), Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim() };
    }

    public void Rename(string name)
    {
        CheckRule(new TextIsRequiredRule(name, "Enter the office name."));
        Name = name.Trim();
    }
}
