using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Users;

/// <summary>A new account: sign-in name, real name, unit and a role that is not an admin role.</summary>
public sealed record CreateUserInput(
    [Required(ErrorMessage = "请填写用户名"), StringLength(50, ErrorMessage = "用户名不能超过50字")] string UserName,
    [Required(ErrorMessage = "请填写姓名"), StringLength(50, ErrorMessage = "姓名不能超过50字")] string FullName,
    [Required(ErrorMessage = "请选择单位")] Guid? UnitId,
    [Required(ErrorMessage = "请选择角色")] Role? Role);

/// <summary>
/// The system admin creates the account without a password (三员分立: passwords are the security admin's, who sets the
/// initial one; its owner must replace it at his first sign-in).
/// </summary>
public sealed class CreateUser(RectifyDbContext db, UserManager<User> users, ISecurityEventLog events)
{
    public async Task<Guid> HandleAsync(CreateUserInput input, CancellationToken ct)
    {
        var unitId = input.UnitId ?? throw RuleViolation.Invalid(AdminErrors.UserUnitUnusable);
        var role = input.Role ?? Role.UnitStaff;
        if (role.IsAdmin()) throw RuleViolation.Invalid(AdminErrors.AdminRoleBySecurityAdmin);
        await AdminRules.RequireActiveUnitAsync(db, unitId, ct);
        var user = new User
        {
            UserName = input.UserName.Trim(),
            FullName = input.FullName.Trim(),
            UnitId = unitId,
            Role = role,
            MustChangePassword = true,
        };
        AdminRules.Check(await users.CreateAsync(user));
        await events.RecordAsync(SecurityEventKind.AccountCreated, true, user.UserName, $"{user.FullName}，{role.Label()}，待安全管理员设置初始密码", ct);
        return user.Id;
    }
}
