using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ProbationCase.Web.Tests.Hardening;

/// <summary>A page as the endpoint data source describes it: its route, who its policies let in, its handlers.</summary>
public sealed record PageEndpoint(string Template, string ViewEnginePath, bool AllowsAnonymous, IReadOnlyList<string> Policies, IReadOnlySet<string>? AllowedRoles, CompiledPageActionDescriptor Page)
{
    public bool Allows(string? role) => AllowsAnonymous || (role is not null && (AllowedRoles is null || AllowedRoles.Contains(role)));

    public bool IsTeamScoped => Page.FilterDescriptors.Any(f => f.Filter is ProbationCase.Web.Spo.TeamCaseAuthorisation);

    public override string ToString() => Template;
}

/// <summary>Every page, read from the app's own endpoint data source (never a hand-kept list).</summary>
public static class EndpointCatalogue
{
    public static async Task<IReadOnlyList<PageEndpoint>> PagesAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var loader = services.GetRequiredService<PageLoader>();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var pages = new List<PageEndpoint>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var names = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
            HashSet<string>? roles = null;
            foreach (var name in names)
            {
                var policy = await policies.GetPolicyAsync(name) ?? throw new InvalidOperationException($"No policy {name}");
                foreach (var requirement in policy.Requirements.OfType<RolesAuthorizationRequirement>())
                {
                    roles = roles is null ? [.. requirement.AllowedRoles] : [.. roles.Intersect(requirement.AllowedRoles)];
                }
            }

            pages.Add(new PageEndpoint(
                endpoint.RoutePattern.RawText ?? string.Empty,
                descriptor.ViewEnginePath,
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                names,
                roles,
                compiled));
        }

        return pages.OrderBy(p => p.Template, StringComparer.Ordinal).ToList();
    }

    /// <summary>The role a demo sign-in has.</summary>
    public static string RoleOf(string email) => email switch
    {
        "ro@probation.test" => ProbationCase.Infrastructure.Identity.StaffRoles.ResponsibleOfficer,
        "spo@probation.test" => ProbationCase.Infrastructure.Identity.StaffRoles.SeniorProbationOfficer,
        "court@probation.test" => ProbationCase.Infrastructure.Identity.StaffRoles.CourtLiaison,
        _ => ProbationCase.Infrastructure.Identity.StaffRoles.Administrator,
    };

    public static bool IsDenied(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return (int)response.StatusCode == StatusCodes.Status403Forbidden
            || ((int)response.StatusCode == StatusCodes.Status302Found
                && response.Headers.Location?.AbsolutePathOrOriginal().StartsWith("/Errors/403", StringComparison.Ordinal) == true);
    }

    public static bool IsSentToSignIn(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return (int)response.StatusCode == StatusCodes.Status302Found
            && response.Headers.Location?.AbsolutePathOrOriginal().StartsWith("/Account/SignIn", StringComparison.Ordinal) == true;
    }

    private static string AbsolutePathOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
}
