using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ProbationCase.Infrastructure.Auditing;

/// <summary>The signed-in user of the current request; outside a request (start-up seeding) the system.</summary>
public sealed class HttpContextAuditActorAccessor(IHttpContextAccessor http) : IAuditActorAccessor
{
    public AuditActor Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return AuditActor.System("background");
            var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
            return new AuditActor(id, user.Identity.Name ?? "unknown");
        }
    }
}
