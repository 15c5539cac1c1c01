using System.ComponentModel.DataAnnotations;

namespace Rectify.Platform.Security;

/// <summary>The "Rectify:Security" section: the password rule, throttling and the second factor (等保三级).</summary>
public sealed class AccountSecurityOptions
{
    /// <summary>Identity's lockout: this many wrong passwords in a row lock the account for <see cref="LockoutMinutes"/>.</summary>
    public const int LockoutFailures = 5;
    public const int LockoutMinutes = 15;

    /// <summary>Shortest password accepted.</summary>
    [Range(8, 128)] public int PasswordMinLength { get; set; } = 12;

    /// <summary>A new password may not repeat the current one nor the ones before it, this many in all.</summary>
    [Range(0, 24)] public int PasswordHistory { get; set; } = 5;

    /// <summary>Days after which a password must be changed; 0 turns the periodic change off.</summary>
    [Range(0, 3650)] public int PasswordMaxAgeDays { get; set; } = 90;

    /// <summary>
    /// Whether the admin roles need a TOTP code after their password. Unset: yes, except in demo mode
    /// (the demo's admins may still enrol on their own).
    /// </summary>
    public bool? RequireSecondFactor { get; set; }

    /// <summary>Failed sign-ins allowed per user name within <see cref="ThrottleWindowMinutes"/>.</summary>
    [Range(1, 1000)] public int ThrottlePerName { get; set; } = 10;

    /// <summary>Failed sign-ins allowed per client address within <see cref="ThrottleWindowMinutes"/>.</summary>
    [Range(1, 10000)] public int ThrottlePerAddress { get; set; } = 30;

    [Range(1, 24 * 60)] public int ThrottleWindowMinutes { get; set; } = 15;

    public bool SecondFactorRequired(bool demo) => RequireSecondFactor ?? !demo;
}
