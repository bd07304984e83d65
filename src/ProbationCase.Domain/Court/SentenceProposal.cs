using ProbationCase.Domain.Interventions;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Court;

/// <summary>
/// The sentencing proposal in a report [DOMAIN.md §10; seed 000 §2.1, §4.1]: sentence kind and length,
/// requirements with quantities, rationale, and for a RAR the activities with availability confirmed.
/// Child of <see cref="PreSentenceReport"/> (one per report; proposing again replaces it).
/// </summary>
public sealed class SentenceProposal : Entity
{
    private readonly List<ProposedRequirement> _requirements = [];
    private readonly List<ProposedRarActivity> _rarActivities = [];

    private SentenceProposal() { }

    public Guid ReportId { get; private set; }

    public SentenceKind Sentence { get; private set; }

    public int? LengthInMonths { get; private set; }

    public string Rationale { get; private set; } = string.Empty;

    public DateTimeOffset ProposedAt { get; private set; }

    public IReadOnlyCollection<ProposedRequirement> Requirements => _requirements.AsReadOnly();

    public IReadOnlyCollection<ProposedRarActivity> RarActivities => _rarActivities.AsReadOnly();

    public int? RarDays => _requirements.SingleOrDefault(requirement => requirement.Type == RequirementType.RehabilitationActivity)?.Quantity;

    public IReadOnlyList<RequirementTerms> RequirementTerms => _requirements.Select(requirement => requirement.Terms).ToList();

    internal static SentenceProposal Create(
        Guid reportId,
        SentenceKind sentence,
        int? lengthInMonths,
        IReadOnlyList<RequirementTerms> requirements,
        IReadOnlyList<Intervention> programmes,
        IReadOnlyList<Intervention> rarActivities,
        string rationale,
        DateTimeOffset now)
    {
        var proposal = new SentenceProposal
        {
            Id = Guid.CreateVersion7(),
            ReportId = reportId,
            Sentence = sentence,
            LengthInMonths = lengthInMonths,
            Rationale = rationale.Trim(),
            ProposedAt = now.ToUniversalTime(),
        };
        foreach (var terms in requirements)
        {
            var programme = terms.Type == RequirementType.AccreditedProgramme
                ? programmes.Single(candidate => SameName(candidate.Name, terms.ProgrammeName))
                : null;
            proposal._requirements.Add(ProposedRequirement.Create(proposal.Id, terms, programme));
        }

        proposal._rarActivities.AddRange(rarActivities.Select(activity => ProposedRarActivity.Create(proposal.Id, activity, now)));
        return proposal;
    }

    internal static bool SameName(string catalogueName, string? proposedName) =>
        string.Equals(catalogueName.Trim(), proposedName?.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>A requirement in a proposal, with its quantity (RAR days, unpaid work hours, programme sessions, days).</summary>
public sealed class ProposedRequirement : Entity
{
    private ProposedRequirement() { }

    public Guid ProposalId { get; private set; }

    public RequirementType Type { get; private set; }

    public int? Quantity { get; private set; }

    public string? ProgrammeName { get; private set; }

    /// <summary>The catalogue programme for an accredited programme requirement [seed 003].</summary>
    public Guid? InterventionId { get; private set; }

    public string? Details { get; private set; }

    public RequirementTerms Terms => new(Type, Quantity, ProgrammeName, Details);

    internal static ProposedRequirement Create(Guid proposalId, RequirementTerms terms, Intervention? programme) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            ProposalId = proposalId,
            Type = terms.Type,
            // A programme proposed without a session count takes the catalogue's.
            Quantity = programme is not null && terms.Quantity is null or < 1 ? programme.Sessions : terms.Quantity,
            ProgrammeName = programme?.Name ?? terms.ProgrammeName?.Trim(),
            InterventionId = programme?.Id,
            Details = string.IsNullOrWhiteSpace(terms.Details) ? null : terms.Details.Trim(),
        };
}

/// <summary>
/// A RAR activity chosen from the interventions catalogue, available when proposed [seed 000 §2.1, §4.1].
/// The name is kept as it was at proposal so the report reads the same if the catalogue changes.
/// </summary>
public sealed class ProposedRarActivity : Entity
{
    private ProposedRarActivity() { }

    public Guid ProposalId { get; private set; }

    public Guid InterventionId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public DateTimeOffset AvailabilityConfirmedAt { get; private set; }

    internal static ProposedRarActivity Create(Guid proposalId, Intervention activity, DateTimeOffset confirmedAt) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            ProposalId = proposalId,
            InterventionId = activity.Id,
            Name = activity.Name,
            AvailabilityConfirmedAt = confirmedAt.ToUniversalTime(),
        };
}
