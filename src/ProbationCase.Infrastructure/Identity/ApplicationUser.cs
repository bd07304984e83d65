using Microsoft.AspNetCore.Identity;

namespace ProbationCase.Infrastructure.Identity;

/// <summary>A member of staff who signs in. Linked to the domain's staff record when they hold cases.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The domain staff record (officer, SPO, court liaison) this sign-in belongs to, if any.</summary>
    public Guid? StaffId { get; set; }
}
