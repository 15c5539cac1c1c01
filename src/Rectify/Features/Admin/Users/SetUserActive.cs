using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Users;

/// <summary>Deactivates or reactivates an account; deactivation ends every session and token it had at once.</summary>
public sealed class SetUserActive(RectifyDbContext db, UserManager<User> users, ICurrentUser current, SignOutEverywhere signOut, ISecurityEventLog events)
{
    public async Task HandleAsync(Guid id, bool active, CancellationToken ct)
    {
        var user = await AdminRules.UserAsync(users, id);
        if (user.IsActive == active) return;
        if (!active && user.Id == current.Id) throw new RuleViolation(AdminErrors.CannotDeactivateSelf);
        // The system admin cannot silence the security admin or the auditor who watch him (三员分立).
        if (user.Role is Role.SecurityAdmin or Role.AuditAdmin) throw new ForbiddenException(AdminErrors.AdminAccountBySecurityAdmin);
        if (active) await AdminRules.RequireActiveUnitAsync(db, user.UnitId, ct);
        user.IsActive = active;
        await signOut.HandleAsync(user);
        await events.RecordAsync(active ? SecurityEventKind.AccountChanged : SecurityEventKind.AccountDeactivated, true, user.UserName,
            active ? "重新启用账号" : "停用账号，其登录和令牌随即失效", ct);
    }
}
