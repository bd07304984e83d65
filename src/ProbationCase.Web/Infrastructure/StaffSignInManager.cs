using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ProbationCase.Infrastructure.Identity;
using ProbationCase.Infrastructure.Seeding;

namespace ProbationCase.Web;

/// <summary>
/// Identity's sign-in with one rule added: in Production a demo account (the README's @probation.test sign-ins,
/// with their published password) may not sign in, even if one has found its way into the database.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<ApplicationUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    IHostEnvironment environment)
    : SignInManager<ApplicationUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A refused account gets Identity's "not allowed", which the sign-in page shows as the usual failure.</summary>
    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (environment.IsProduction() && DemoUserSeeder.IsDemoAccount(user.Email))
        {
            return false;
        }

        return await base.CanSignInAsync(user);
    }
}
