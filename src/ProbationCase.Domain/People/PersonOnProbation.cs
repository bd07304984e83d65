namespace ProbationCase.Domain.People;

/// <summary>A person on probation [DOMAIN.md §2]. Aggregate root holding risk history, needs and barriers.</summary>
public sealed partial class PersonOnProbation : Entity
{
    private readonly List<RiskHistoryEntry> _riskHistory = [];

    private PersonOnProbation() { }

    public Crn Crn { get; private set; } = null!;

    public string FirstName { get; private set; } = string.Empty;

    public string LastName { get; private set; } = string.Empty;

    public DateOnly DateOfBirth { get; private set; }

    public string Gender { get; private set; } = EqualityAnswer.NotRecorded;

    public string Ethnicity { get; private set; } = EqualityAnswer.NotRecorded;

    public string Disability { get; private set; } = EqualityAnswer.NotRecorded;

    public string? Adjustments { get; private set; }

    public string Religion { get; private set; } = EqualityAnswer.NotRecorded;

    public string SexualOrientation { get; private set; } = EqualityAnswer.NotRecorded;

    public Address? Address { get; private set; }

    public string? Phone { get; private set; }

    public Needs Needs { get; private set; }

    public Barriers Barriers { get; private set; }

    public RiskAssessment Risk { get; private set; } = RiskAssessment.NotAssessed;

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<RiskHistoryEntry> RiskHistory => _riskHistory.AsReadOnly();

    public string FullName => $"{FirstName} {LastName}";

    public static PersonOnProbation Create(Crn crn, string firstName, string lastName, DateOnly dateOfBirth, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(crn);
        BusinessRule.Check(new TextIsRequiredRule(firstName, "Enter the person's first name."));
        BusinessRule.Check(new TextIsRequiredRule(lastName, "Enter the person's last name."));
        BusinessRule.Check(new DateOfBirthMustBeInThePastRule(dateOfBirth, now));
        return new PersonOnProbation
        {
            Id = Guid.CreateVersion7(),
            Crn = crn,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            DateOfBirth = dateOfBirth,
            CreatedAt = now.ToUniversalTime(),
        };
    }

    public void Rename(string firstName, string lastName)
    {
        CheckRule(new TextIsRequiredRule(firstName, "Enter the person's first name."));
        CheckRule(new TextIsRequiredRule(lastName, "Enter the person's last name."));
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
    }

    /// <summary>Each answer may be <see cref="EqualityAnswer.NotRecorded"/> or <see cref="EqualityAnswer.PrefersNotToSay"/>; blank means not recorded.</summary>
    public void RecordEqualityDetails(string? gender, string? ethnicity, string? disability, string? adjustments, string? religion, string? sexualOrientation)
    {
        Gender = AnswerOrNotRecorded(gender);
        Ethnicity = AnswerOrNotRecorded(ethnicity);
        Disability = AnswerOrNotRecorded(disability);
        Adjustments = string.IsNullOrWhiteSpace(adjustments) ? null : adjustments.Trim();
        Religion = AnswerOrNotRecorded(religion);
        SexualOrientation = AnswerOrNotRecorded(sexualOrientation);
    }

    /// <summary>Returns true when the address actually changed: a plan review trigger [seed 001 §2.44].</summary>
    public bool ChangeAddress(Address? address)
    {
        if (Equals(Address, address))
        {
            return false;
        }

        Address = address;
        return true;
    }

    public void ChangePhone(string? phone) => Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();

    public void RecordNeeds(Needs needs) => Needs = needs;

    public void RecordBarriers(Barriers barriers) => Barriers = barriers;

    /// <summary>Replaces the current risk and keeps the change in the history with who, when and why [DOMAIN.md §2].</summary>
    public RiskHistoryEntry AssessRisk(RiskAssessment assessment, Guid assessedBy, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        CheckRule(new RiskAssessmentMustBeValidRule(assessment));
        CheckRule(new TextIsRequiredRule(reason, "Enter why the risk has changed."));
        var entry = RiskHistoryEntry.Create(Id, assessment, assessedBy, now, reason);
        _riskHistory.Add(entry);
        Risk = assessment;
        return entry;
    }

    private static string AnswerOrNotRecorded(string? answer) =>
        string.IsNullOrWhiteSpace(answer) ? EqualityAnswer.NotRecorded : answer.Trim();
}

public sealed class DateOfBirthMustBeInThePastRule(DateOnly dateOfBirth, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => dateOfBirth >= DateOnly.FromDateTime(now.UtcDateTime);

    public string Message => "Date of birth must be in the past.";
}
