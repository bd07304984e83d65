using ProbationCase.Domain.Orders;
using ProbationCase.Domain.People;
using ProbationCase.Domain.Requirements;

namespace ProbationCase.Web.Tests.Support;

/// <summary>Small, valid domain objects for persistence and page tests, built through the domain's own factories.</summary>
public static class TestCase
{
    public static readonly DateTimeOffset Created = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static RiskAssessment MediumRiskWithDomesticAbuse { get; } = new()
    {
        Rosh = RoshLevel.Medium,
        AtRisk = PeopleAtRisk.KnownAdult,
        OgrsPercent = 45,
        RsrPercent = 12.34m,
        Flags = RiskFlags.DomesticAbuse,
    };

    public static PersonOnProbation Person(string crn, string firstName = "Jo", string lastName = "Example") =>
        PersonOnProbation.Create(Crn.Parse(crn), firstName, lastName, new DateOnly(1990, 5, 17), Created);

    public static Order CommunityOrder(Guid personId, params RequirementTerms[] requirements) =>
        Order.Create(personId, OrderType.CommunityOrder, "Exeter Magistrates' Court",
            new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 6), new DateOnly(2026, 1, 5),
            [new OffenceDetails("Theft from a shop", new DateOnly(2024, 11, 2))], requirements, Created);
}
