using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using ProbationCase.Infrastructure.Identity;

namespace ProbationCase.Infrastructure.Seeding;

/// <summary>Creates the four demo sign-ins of the README. Never runs in Production.</summary>
public sealed class DemoUserSeeder(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IHostEnvironment environment)
{
    public const string DemoPassword = "Demo-Password-1";

    /// <summary>Every demo sign-in, the four below and the demo region's officers, is at this domain.</summary>
    public const string DemoDomain = "probation.test";

    /// <summary>A demo account: its address is at exactly <see cref="DemoDomain"/> (not a subdomain such as the load test's).</summary>
    public static bool IsDemoAccount(string? email) =>
        email is not null && email.EndsWith("@" + DemoDomain, StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<DemoUser> DemoUsers { get; } =
    [
        new("ro@probation.test", "Riya Osei", StaffRoles.ResponsibleOfficer),
        new("spo@probation.test", "Sam Pereira", StaffRoles.SeniorProbationOfficer),
        new("court@probation.test", "Chris Court", StaffRoles.CourtLiaison),
        new("admin@probation.test", "Ade Admin", StaffRoles.Administrator),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }
        }
    }

    public async Task SeedAsync()
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demo users are never created in Production.");
        }

        await EnsureRolesAsync();
        foreach (var demo in DemoUsers)
        {
            await EnsureUserAsync(demo);
        }
    }

    /// <summary>Creates (or returns) a sign-in in the given role; used by the demo region seed for its officers too.</summary>
    public async Task<ApplicationUser> EnsureUserAsync(DemoUser demo, Guid? staffId = null)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demo users are never created in Production.");
        }

        var user = await users.FindByEmailAsync(demo.Email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                StaffId = staffId,
            };
            Check(await users.CreateAsync(user, DemoPassword));
            Check(await users.AddToRoleAsync(user, demo.Role));
        }
        else if (staffId is not null && user.StaffId != staffId)
        {
            user.StaffId = staffId;
            Check(await users.UpdateAsync(user));
        }

        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "Seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}

public sealed record DemoUser(string Email, string DisplayName, string Role);
