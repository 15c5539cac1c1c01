namespace Rectify.Platform.Security;

/// <summary>The hash of a password an account used before, so a new password cannot repeat it.</summary>
public sealed class PasswordHistoryEntry
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public string PasswordHash { get; set; } = "";
    public DateTimeOffset ReplacedAt { get; set; }
}
