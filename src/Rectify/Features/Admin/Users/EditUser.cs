using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Users;

/// <summary>A user's name, unit and role; the version is the one the admin saw.</summary>
public sealed record EditUserInput(
    [Required(ErrorMessage = "请填写姓名"), StringLength(50, ErrorMessage = "姓名不能超过50字")] string FullName,
    [Required(ErrorMessage = "请选择单位")] Guid? UnitId,
    [Required(ErrorMessage = "请选择角色")] Role? Role,
    int? Version);

public sealed class EditUser(RectifyDbContext db, UserManager<User> users, ICurrentUser current)
{
    public async Task HandleAsync(Guid id, EditUserInput input, CancellationToken ct)
    {
        if (input.Version is not { } version) throw RuleViolation.Invalid(AdminErrors.VersionRequired);
        var user = await AdminRules.UserAsync(users, id);
        var unitId = input.UnitId ?? user.UnitId;
        var role = input.Role ?? user.Role;
        if (user.Id == current.Id && role != user.Role) throw new RuleViolation(AdminErrors.CannotChangeOwnRole);
        if (role != user.Role && (role.IsAdmin() || user.Role.IsAdmin())) throw new ForbiddenException(AdminErrors.AdminRoleBySecurityAdmin);
        if (user.Role is Role.SecurityAdmin or Role.AuditAdmin) throw new ForbiddenException(AdminErrors.AdminAccountBySecurityAdmin);
        if (unitId != user.UnitId) await AdminRules.RequireActiveUnitAsync(db, unitId, ct);
        var signInChanges = unitId != user.UnitId || role != user.Role;
        db.ExpectVersion(user, version);
        user.FullName = input.FullName.Trim();
        user.UnitId = unitId;
        user.Role = role;
        // Saved directly: UserManager.UpdateAsync re-attaches the user and would lose the version the admin saw.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw await ConflictAsync(db, id, ct);
        }
        // Role and unit travel in the sign-in; a new stamp makes the old cookie sign in again.
        if (signInChanges) AdminRules.Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>A lost race: the admin gets what the account holds now, and nothing is overwritten.</summary>
    internal static async Task<ConcurrencyConflict> ConflictAsync(RectifyDbContext db, Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var now = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(UserRow.From(db)).SingleAsync(ct);
        return new ConcurrencyConflict(AdminErrors.UserChanged, now);
    }
}
