using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Security;

public sealed record AssignRoleInput([Required(ErrorMessage = "请选择角色")] Role? Role);

/// <summary>
/// The security admin gives an account its one role (so no account holds two admin roles), never his own; the
/// account's sessions end so the new role applies at once, and an admin role asks for an authenticator at sign-in.
/// </summary>
public sealed class AssignRole(UserManager<User> users, ICurrentUser current, ISecurityEventLog events)
{
    public async Task HandleAsync(Guid id, AssignRoleInput input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException(SecurityAdminErrors.AccountNotFound);
        var role = input.Role ?? user.Role;
        if (role == user.Role) return;
        if (user.Id == current.Id) throw new RuleViolation(SecurityAdminErrors.NotOwnRole);
        var before = user.Role;
        user.Role = role;
        // Saves the role with a new stamp: the old role's cookies and tokens stop at once.
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) throw RuleViolation.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
        await events.RecordAsync(SecurityEventKind.RolesChanged, true, user.UserName, $"由{before.Label()}改为{role.Label()}", ct);
    }
}
