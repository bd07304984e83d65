using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ProbationCase.Infrastructure.Identity;

namespace ProbationCase.Web;

/// <summary>Puts the member of staff's domain id and display name in the sign-in cookie.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentStaff.DisplayNameClaim, user.DisplayName));
        if (user.StaffId is { } staffId)
        {
            identity.AddClaim(new Claim(CurrentStaff.StaffIdClaim, staffId.ToString()));
        }

        return identity;
    }
}
