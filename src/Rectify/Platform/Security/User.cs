using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Data;

namespace Rectify.Platform.Security;

public sealed class User : IdentityUser<Guid>, IVersioned
{
    public string FullName { get; set; } = "";
    public Guid UnitId { get; set; }
    public Role Role { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }

    /// <summary>Set when someone else chose the password (a new account, a reset): its owner must replace it first.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the password was last set; the periodic change counts from here.</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }

    public bool PasswordExpired(DateTimeOffset now, int maxAgeDays) =>
        maxAgeDays > 0 && PasswordChangedAt is { } changed && now - changed > TimeSpan.FromDays(maxAgeDays);
}
