using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Users;

/// <summary>A new account: sign-in name, real name, unit, role and a first password the admin hands over.</summary>
public sealed record CreateUserInput(
    [Required(ErrorMessage = "请填写用户名"), StringLength(50, ErrorMessage = "用户名不能超过50字")] string UserName,
    [Required(ErrorMessage = "请填写姓名"), StringLength(50, ErrorMessage = "姓名不能超过50字")] string FullName,
    [Required(ErrorMessage = "请选择单位")] Guid? UnitId,
    [Required(ErrorMessage = "请选择角色")] Role? Role,
    [Required(ErrorMessage = "请填写初始密码")] string Password);

public sealed class CreateUser(RectifyDbContext db, UserManager<User> users)
{
    public async Task<Guid> HandleAsync(CreateUserInput input, CancellationToken ct)
    {
        var unitId = input.UnitId ?? throw RuleViolation.Invalid(AdminErrors.UserUnitUnusable);
        await AdminRules.RequireActiveUnitAsync(db, unitId, ct);
        var user = new User
        {
            UserName = input.UserName.Trim(),
            FullName = input.FullName.Trim(),
            UnitId = unitId,
            Role = input.Role ?? Role.UnitStaff,
        };
        AdminRules.Check(await users.CreateAsync(user, input.Password));
        return user.Id;
    }
}
