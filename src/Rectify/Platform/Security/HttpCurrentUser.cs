using System.Security.Claims;

namespace Rectify.Platform.Security;

/// <summary>The actor of a request, from its claims alone: the audit needs it without touching the database.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    public Guid? Id => Principal is { } p && Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => Principal?.FindFirstValue(SecurityClaims.FullName) ?? Principal?.Identity?.Name ?? "系统";

    private ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } p ? p : null;
}
