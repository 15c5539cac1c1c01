using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Users;

/// <summary>Deactivates or reactivates an account; a new security stamp ends the sessions it had.</summary>
public sealed class SetUserActive(RectifyDbContext db, UserManager<User> users, ICurrentUser current)
{
    public async Task HandleAsync(Guid id, bool active, CancellationToken ct)
    {
        var user = await AdminRules.UserAsync(users, id);
        if (user.IsActive == active) return;
        if (!active && user.Id == current.Id) throw new RuleViolation(AdminErrors.CannotDeactivateSelf);
        if (active) await AdminRules.RequireActiveUnitAsync(db, user.UnitId, ct);
        user.IsActive = active;
        AdminRules.Check(await users.UpdateSecurityStampAsync(user));
    }
}
