using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>The heading every order page shows: the order, and its compliance status [DOMAIN.md §9].</summary>
public sealed record OrderHeader(CaseCaption Person, Order Order, ComplianceStatus Compliance, string Heading, string Current);
