using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Data;

namespace Rectify.Platform.Security;

/// <summary>
/// Identity's password validator for Rectify: <see cref="PasswordRules"/>, and not the current password nor the ones
/// before it (<see cref="AccountSecurityOptions.PasswordHistory"/> in all), compared through their hashes.
/// </summary>
public sealed class PasswordPolicy(RectifyDbContext db, IPasswordHasher<User> hasher, IOptions<RectifyOptions> options) : IPasswordValidator<User>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        var security = options.Value.Security;
        var refusals = PasswordRules.Check(password ?? "", user.UserName, security.PasswordMinLength).ToList();
        if (refusals.Count == 0 && await ReusedAsync(user, password ?? "", security.PasswordHistory))
            refusals.Add(string.Format(SecurityErrors.PasswordReused, security.PasswordHistory));
        return refusals.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. refusals.Select(r => new IdentityError { Code = "PasswordPolicy", Description = r })]);
    }

    private async Task<bool> ReusedAsync(User user, string password, int history)
    {
        if (history == 0 || user.PasswordHash is null) return false;
        var earlier = await db.Set<PasswordHistoryEntry>().AsNoTracking().Where(e => e.UserId == user.Id)
            .OrderByDescending(e => e.ReplacedAt).ThenByDescending(e => e.Id).Take(history - 1).Select(e => e.PasswordHash).ToListAsync();
        return earlier.Prepend(user.PasswordHash)
            .Any(hash => hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed);
    }
}
