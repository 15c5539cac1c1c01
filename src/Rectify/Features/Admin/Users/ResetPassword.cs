using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Admin.Users;

public sealed record ResetPasswordInput(
    [Required(ErrorMessage = "请填写新密码")] string NewPassword);

/// <summary>The admin sets a new password for someone who forgot his, and lifts a lockout; all in one transaction.</summary>
public sealed class ResetPassword(RectifyDbContext db, UserManager<User> users)
{
    public async Task HandleAsync(Guid id, ResetPasswordInput input, CancellationToken ct)
    {
        var user = await AdminRules.UserAsync(users, id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        AdminRules.Check(await users.ResetPasswordAsync(user, token, input.NewPassword));
        AdminRules.Check(await users.SetLockoutEndDateAsync(user, null));
        AdminRules.Check(await users.ResetAccessFailedCountAsync(user));
        await transaction.CommitAsync(ct);
    }
}
