using Rectify.Platform;
using Rectify.Platform.Security;

namespace Rectify.Features.Admin.Security;

/// <summary>The account and session settings in force, as the security admin and an assessor read them.</summary>
public sealed record SecurityPolicy(
    int PasswordMinLength, int PasswordClassesRequired, int PasswordHistory, int PasswordMaxAgeDays, bool CommonPasswordsRefused,
    int LockoutAfterFailures, int LockoutMinutes, int ThrottlePerName, int ThrottlePerAddress, int ThrottleWindowMinutes,
    bool SecondFactorForAdmins, int IdleMinutes, int AbsoluteHours, int TokenMinutes)
{
    public static SecurityPolicy From(RectifyOptions options)
    {
        var s = options.Security;
        return new(s.PasswordMinLength, 3, s.PasswordHistory, s.PasswordMaxAgeDays, true, AccountSecurityOptions.LockoutFailures, AccountSecurityOptions.LockoutMinutes,
            s.ThrottlePerName, s.ThrottlePerAddress, s.ThrottleWindowMinutes, s.SecondFactorRequired(options.Demo),
            options.Sessions.IdleMinutes, options.Sessions.AbsoluteHours, options.Sessions.TokenMinutes);
    }
}
