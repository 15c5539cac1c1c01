using Rectify.Platform.Data;

namespace Rectify.Platform.Security;

/// <summary>
/// One failed sign-in, counted under its user name and under its address: the throttle's sliding window lives in the
/// database so that every instance behind a load balancer counts the same failures. The throttle's own bookkeeping: each
/// failure is a security event in the audit already (with its address and outcome), so these rows are not audited again.
/// </summary>
[Unaudited]
public sealed class SignInFailure
{
    public const int MaxKeyLength = 200;

    public long Id { get; set; }

    /// <summary>"name:{user name in lower case}" or "address:{client address}".</summary>
    public string Key { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public static string ForName(string userName) => "name:" + Truncate(userName.Trim().ToLowerInvariant());

    public static string ForAddress(string address) => "address:" + Truncate(address);

    private static string Truncate(string value) => value.Length <= MaxKeyLength - 8 ? value : value[..(MaxKeyLength - 8)];
}
