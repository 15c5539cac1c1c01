using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Platform.Security;

/// <summary>A sign-in refused for too many recent failures; answered 429 with Retry-After.</summary>
public sealed class SignInThrottled(TimeSpan retryAfter)
    : RuleViolation(string.Format(SecurityErrors.Throttled, Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))), StatusCodes.Status429TooManyRequests)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}

/// <summary>
/// Counts failed sign-ins per user name and per client address in a sliding window kept in the database, so every
/// instance sees the same count; past the limit a sign-in is refused before its password is looked at.
/// </summary>
public sealed class SignInThrottle(RectifyDbContext db, IOptions<RectifyOptions> options, IHttpContextAccessor http, TimeProvider time)
{
    private AccountSecurityOptions Security => options.Value.Security;
    private TimeSpan Window => TimeSpan.FromMinutes(Security.ThrottleWindowMinutes);

    public async Task EnsureAllowedAsync(string userName, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var since = now - Window;
        var wait = await WaitAsync(SignInFailure.ForName(userName), Security.ThrottlePerName, since, ct);
        if (Address is { } address) wait = Max(wait, await WaitAsync(SignInFailure.ForAddress(address), Security.ThrottlePerAddress, since, ct));
        if (wait is { } oldest) throw new SignInThrottled(oldest + Window - now);
    }

    public async Task RecordFailureAsync(string userName, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        db.Add(new SignInFailure { Key = SignInFailure.ForName(userName), At = now });
        if (Address is { } address) db.Add(new SignInFailure { Key = SignInFailure.ForAddress(address), At = now });
        await db.SaveChangesAsync(ct);
        // Failures older than the window count for nothing; clearing them keeps the table small.
        var expired = now - Window;
        await db.Set<SignInFailure>().Where(f => f.At < expired).ExecuteDeleteAsync(ct);
    }

    /// <summary>A right password ends the name's count (an address keeps its own).</summary>
    public Task ClearAsync(string userName, CancellationToken ct = default)
    {
        var key = SignInFailure.ForName(userName);
        return db.Set<SignInFailure>().Where(f => f.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <returns>The oldest failure in the window when the limit is reached: the refusal lasts until it leaves the window.</returns>
    private async Task<DateTimeOffset?> WaitAsync(string key, int limit, DateTimeOffset since, CancellationToken ct)
    {
        var recent = db.Set<SignInFailure>().AsNoTracking().Where(f => f.Key == key && f.At > since);
        if (await recent.CountAsync(ct) < limit) return null;
        // The refusal lasts until enough failures have left the window to be under the limit again.
        return await recent.OrderByDescending(f => f.At).Skip(limit - 1).Select(f => (DateTimeOffset?)f.At).FirstOrDefaultAsync(ct);
    }

    private string? Address => SecurityEventLog.AddressOf(http.HttpContext);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
