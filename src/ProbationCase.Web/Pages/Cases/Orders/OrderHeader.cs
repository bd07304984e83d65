using ProbationCase.Domain.Enforcement;
using ProbationCase.Domain.Orders;
using ProbationCase.Web.Cases.Journeys;

namespace ProbationCase.Web.Pages.Cases.Orders;

/// <summary>The heading every order page shows: the order, and its compliance status [DOMAIN.md §9].</summary>
public sealed record OrderHeader(CaseCaption Person, Order Order, ComplianceStatus Compliance, string Heading, string Current, DateOnly Today)
{
    /// <summary>[DOMAIN.md §9a] "Ends …", "Ended … (reason)", or ended by date with the end not yet recorded.</summary>
    public string Ends => UiDefaults.EndOf(Order, Today);
}
