using System.Security.Claims;
using ProbationCase.Infrastructure.Identity;

namespace ProbationCase.Web.Pages.Shared;

/// <summary>One link in the GOV.UK service navigation.</summary>
/// <param name="AriaCurrent">"page" on the page itself, "true" on a page below it, otherwise null.</param>
public sealed record ServiceNavigationItem(string Text, string Href, string? AriaCurrent)
{
    public bool IsActive => AriaCurrent is not null;
}

/// <summary>The service navigation a signed-in member of staff sees, by role.</summary>
public static class ServiceNavigation
{
    private static readonly (string Role, string Text, string Href)[] RoleLinks =
    [
        (StaffRoles.ResponsibleOfficer, "My cases", "/Officer"),
        (StaffRoles.ResponsibleOfficer, "My diary", "/Officer/Diary"),
        (StaffRoles.ResponsibleOfficer, "My queues", "/Officer/Queues"),
        (StaffRoles.SeniorProbationOfficer, "Team", "/Spo"),
        (StaffRoles.SeniorProbationOfficer, "Allocations", "/Spo/Allocations"),
        (StaffRoles.SeniorProbationOfficer, "Approvals", "/Spo/Approvals"),
        (StaffRoles.SeniorProbationOfficer, "Dashboard", "/Spo/Dashboard"),
        (StaffRoles.SeniorProbationOfficer, "Audit trails", "/Audit"),
        (StaffRoles.CourtLiaison, "Court work", "/Court"),
        (StaffRoles.CourtLiaison, "Concordance", "/Court/Concordance"),
        (StaffRoles.Administrator, "Administration", "/Admin"),
        (StaffRoles.Administrator, "Audit trails", "/Audit"),
    ];

    private const string SearchText = "Find a person";
    private const string SearchHref = "/Search";

    /// <summary>The links for <paramref name="user"/>, with the one for <paramref name="path"/> marked current.</summary>
    public static IReadOnlyList<ServiceNavigationItem> For(ClaimsPrincipal user, PathString path)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var links = RoleLinks
            .Where(link => user.IsInRole(link.Role))
            .Select(link => (link.Text, link.Href))
            .Append((Text: SearchText, Href: SearchHref))
            .ToList();

        // The deepest link containing the path is the active one: /Officer/Queues/3 is under
        // "My queues", not "My cases".
        var active = links
            .Where(link => IsAtOrBelow(path, link.Href))
            .OrderByDescending(link => link.Href.Length)
            .Select(link => link.Href)
            .FirstOrDefault();

        return links
            .Select(link => new ServiceNavigationItem(link.Text, link.Href, AriaCurrentFor(link.Href, active, path)))
            .ToList();
    }

    private static string? AriaCurrentFor(string href, string? active, PathString path)
    {
        if (href != active)
        {
            return null;
        }

        return IsSamePath(path, href) ? "page" : "true";
    }

    private static bool IsAtOrBelow(PathString path, string href) =>
        path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);

    private static bool IsSamePath(PathString path, string href) =>
        string.Equals(path.Value?.TrimEnd('/'), href, StringComparison.OrdinalIgnoreCase)
        || (path.Value?.TrimEnd('/').Equals(href + "/Index", StringComparison.OrdinalIgnoreCase) ?? false);
}
