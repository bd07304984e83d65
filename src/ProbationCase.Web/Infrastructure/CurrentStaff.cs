using System.Security.Claims;

namespace ProbationCase.Web;

/// <summary>The signed-in member of staff, as pages need them: sign-in id, domain staff id, name.</summary>
public sealed class CurrentStaff(IHttpContextAccessor http)
{
    public const string StaffIdClaim = "probationcase:staff_id";
    public const string DisplayNameClaim = "probationcase:display_name";

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The sign-in (Identity user) id; access lists and the audit trail use this.</summary>
    public Guid UserId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new InvalidOperationException("No signed-in user.");

    /// <summary>The domain staff record (officer, SPO) the sign-in belongs to, if any.</summary>
    public Guid? StaffId => Guid.TryParse(User.FindFirstValue(StaffIdClaim), out var id) ? id : null;

    public string DisplayName => User.FindFirstValue(DisplayNameClaim) ?? User.Identity?.Name ?? string.Empty;

    public bool IsInRole(string role) => User.IsInRole(role);
}
