using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Platform.Security;

/// <summary>
/// Identity's store with two changes: a replaced password's hash is kept for the password history (and the moment of
/// the change for the periodic one), and recovery codes are stored as hashes, never as the codes themselves.
/// </summary>
public sealed class AccountStore(RectifyDbContext context, TimeProvider time, IdentityErrorDescriber? describer = null)
    : UserStore<User, IdentityRole<Guid>, RectifyDbContext, Guid>(context, describer)
{
    public override Task SetPasswordHashAsync(User user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (user.PasswordHash is { } previous && previous != passwordHash)
            Context.Add(new PasswordHistoryEntry { UserId = user.Id, PasswordHash = previous, ReplacedAt = now });
        user.PasswordChangedAt = now;
        return base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
    }

    public override Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(code => Hash(user, code)), cancellationToken);

    public override Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken) =>
        base.RedeemCodeAsync(user, Hash(user, code), cancellationToken);

    private static string Hash(User user, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Id:N}:{code.Trim().ToUpperInvariant()}")));
}
