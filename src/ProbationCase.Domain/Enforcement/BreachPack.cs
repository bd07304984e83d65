using ProbationCase.Domain.Orders;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Domain.Enforcement;

/// <summary>Where an approved breach is on its way to court and back [DOMAIN.md §9].</summary>
public enum BreachPackStage
{
    ToPrepare = 1,
    WithCourt = 2,

    /// <summary>[seed 004] returned by the court as incomplete; to be completed and sent again.</summary>
    Returned = 3,
    Closed = 4,
}

/// <summary>[statute: CJA 2003 Sch 8 para 9–10; seed 004] what the court did with a breach.</summary>
public enum BreachCourtOutcome
{
    /// <summary>The order continues unchanged.</summary>
    NoAction = 1,
    Fine = 2,

    /// <summary>Requirements added or replaced (more onerous), and/or the order extended.</summary>
    Amended = 3,

    /// <summary>The old order terminates on the date of the decision and a new order begins.</summary>
    RevokedAndResentenced = 4,
}

/// <summary>The sections of a breach pack, in the order the court reads them [DOMAIN.md §9].</summary>
public enum BreachPackSection
{
    Failures = 1,
    Warnings = 2,
    ComplianceHistory = 3,
    Requirements = 4,
    ProgressSoFar = 5,
    ProposalToCourt = 6,
}

/// <summary>The officer's own sections; failures, warnings and requirements come from the record.</summary>
public sealed record BreachPackSections(string? ComplianceHistory, string? ProgressSoFar, string? ProposalToCourt);

/// <summary>
/// What the court decided on a breach. <see cref="AddedRequirements"/>, <see cref="ReplacedRequirementIds"/> and
/// <see cref="ExtendedTo"/> are for an amendment; the new order's terms for revoke and re-sentence.
/// </summary>
public sealed record BreachCourtDecision(
    BreachCourtOutcome Outcome,
    DateOnly DecidedOn,
    string Court,
    string? Details = null,
    IReadOnlyList<RequirementTerms>? AddedRequirements = null,
    IReadOnlyList<Guid>? ReplacedRequirementIds = null,
    DateOnly? ExtendedTo = null,
    OrderType? NewOrderType = null,
    int? NewOrderLengthInMonths = null,
    IReadOnlyList<RequirementTerms>? NewOrderRequirements = null);

/// <summary>
/// [seed 004: one in four breach packs returned as incomplete] the completeness check: which sections of a
/// breach pack are missing. The pack cannot be sent while any is.
/// </summary>
public static class BreachPackCompleteness
{
    public static IReadOnlyList<BreachPackSection> MissingSections(Order order, EnforcementDecision breach)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(breach);
        var failure = order.Failures.Single(candidate => candidate.Id == breach.FailureId);
        var missing = new List<BreachPackSection>();

        // [statute: CJA 2003 Sch 8 para 5–6] the failures: the one breached, within 12 months of a dated warning.
        if (failure.RequiredAction != RequiredEnforcementAction.Breach)
        {
            missing.Add(BreachPackSection.Failures);
        }

        if (!order.Warnings.Any(warning => warning.GivenOn <= failure.OccurredOn && !string.IsNullOrWhiteSpace(warning.Content)))
        {
            missing.Add(BreachPackSection.Warnings);
        }

        if (string.IsNullOrWhiteSpace(breach.PackComplianceHistory))
        {
            missing.Add(BreachPackSection.ComplianceHistory);
        }

        // [statute] a community order has at least one requirement; an SSO's supervision is itself what it requires.
        if (order.Type == OrderType.CommunityOrder && order.Requirements.Count == 0)
        {
            missing.Add(BreachPackSection.Requirements);
        }

        if (string.IsNullOrWhiteSpace(breach.PackProgressSoFar))
        {
            missing.Add(BreachPackSection.ProgressSoFar);
        }

        if (string.IsNullOrWhiteSpace(breach.PackProposalToCourt))
        {
            missing.Add(BreachPackSection.ProposalToCourt);
        }

        return missing;
    }

    public static string Describe(BreachPackSection section) => section switch
    {
        BreachPackSection.Failures => "the failures",
        BreachPackSection.Warnings => "the warnings with their dates",
        BreachPackSection.ComplianceHistory => "the compliance history",
        BreachPackSection.Requirements => "what the order requires",
        BreachPackSection.ProgressSoFar => "progress so far",
        BreachPackSection.ProposalToCourt => "your proposal to the court",
        _ => section.ToString(),
    };
}
