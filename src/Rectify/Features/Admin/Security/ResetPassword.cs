using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Security;

public sealed record ResetPasswordInput([Required(ErrorMessage = "请填写新密码")] string NewPassword);

/// <summary>
/// The security admin sets a password for someone who forgot his (or a new account's first one): the rule applies,
/// the lockout is lifted, every session and token of the account ends, and its owner must choose his own password at
/// his next sign-in, so the one who reset it cannot go on using the account unnoticed. Audited as a security event.
/// </summary>
public sealed class ResetPassword(RectifyDbContext db, UserManager<User> users, ICurrentUser current, SignOutEverywhere signOut, ISecurityEventLog events)
{
    public async Task HandleAsync(Guid id, ResetPasswordInput input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException(SecurityAdminErrors.AccountNotFound);
        if (user.Id == current.Id) throw new RuleViolation(SecurityAdminErrors.NotOwnPassword);
        IdentityResult result;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            user.MustChangePassword = true;
            result = await users.ResetPasswordAsync(user, token, input.NewPassword);
            if (result.Succeeded)
            {
                Check(await users.SetLockoutEndDateAsync(user, null));
                Check(await users.ResetAccessFailedCountAsync(user));
                await signOut.HandleAsync(user);
                await transaction.CommitAsync(ct);
            }
        }
        // Recorded after the transaction: the event log writes through a connection of its own.
        if (!result.Succeeded)
        {
            await events.RecordAsync(SecurityEventKind.PasswordReset, false, user.UserName, "新密码不符合要求", ct);
            throw RuleViolation.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
        }
        await events.RecordAsync(SecurityEventKind.PasswordReset, true, user.UserName, "已解除锁定，其登录和令牌全部失效，下次登录须修改密码", ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw RuleViolation.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
