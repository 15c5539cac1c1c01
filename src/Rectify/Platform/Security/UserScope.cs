using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Platform.Security;

/// <summary>The signed-in user with his role and the units of his scope (his unit and those under it).</summary>
public sealed class UserScope(IHttpContextAccessor http, RectifyDbContext db)
{
    private ScopeData? data;

    public Guid? Id => Principal is { } p && Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => Principal?.FindFirstValue(SecurityClaims.FullName) ?? Principal?.Identity?.Name ?? "系统";

    public bool IsSignedIn => Id is not null;

    public Role Role => Enum.TryParse<Role>(Principal?.FindFirstValue(ClaimTypes.Role), out var r) ? r : throw new ForbiddenException(PlatformErrors.Unauthenticated);

    public bool Is(params Role[] roles) => IsSignedIn && roles.Contains(Role);

    public Guid UserId => Id ?? throw new ForbiddenException(PlatformErrors.Unauthenticated);

    public async Task<ScopeData> LoadAsync(CancellationToken ct = default)
    {
        if (data is not null) return data;
        var userId = UserId;
        // The session's check (Sessions) has just read the account, tracked: Find answers from the tracker, with no query.
        var user = await db.Users.FindAsync([userId], ct);
        if (user is not { IsActive: true }) throw new ForbiddenException(PlatformErrors.Unauthenticated);
        // The units under his, with his own unit's path, in one statement.
        var unitId = user.UnitId;
        var units = await db.Units.AsNoTracking().AndUnder(unitId).Select(u => new { u.Id, Path = u.Id == unitId ? u.Path : null }).ToListAsync(ct);
        data = new ScopeData(userId, user.FullName, user.Role, user.UnitId, units.Select(u => u.Id).ToArray())
        {
            UnitPath = units.FirstOrDefault(u => u.Path is not null)?.Path ?? throw new ForbiddenException(PlatformErrors.Unauthenticated),
        };
        return data;
    }

    private ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } p ? p : null;
}

public sealed record ScopeData(Guid UserId, string FullName, Role Role, Guid UnitId, Guid[] UnitIds)
{
    /// <summary>The path of the user's unit ("/a/b/"): the scope's units are those whose path starts with it.</summary>
    public string UnitPath { get; init; } = "";

    public bool InScope(Guid unitId) => UnitIds.Contains(unitId);
}

public static class SecurityClaims
{
    public const string FullName = "rectify:full_name";
    public const string Unit = "rectify:unit";
    /// <summary>When the user signed in (Unix seconds): kept across renewals, so a session cannot outlive its absolute limit.</summary>
    public const string SignedInAt = "rectify:signed_in_at";
    /// <summary>A <see cref="PendingStep"/> the account must take first.</summary>
    public const string Pending = "rectify:pending";
}
