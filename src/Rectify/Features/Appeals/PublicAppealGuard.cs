using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;

namespace Rectify.Features.Appeals;

/// <summary>
/// Abuse resistance of the public pages, per client address: at most 5 submissions an hour and 30 look-ups in 10 minutes
/// (System.Threading.RateLimiting, the ASP.NET Core limiter), and from the third submission in a day an arithmetic
/// question generated and checked here, its answer sealed in the form by data protection and usable once. Counts are per
/// instance: behind several instances an address gets that many per instance.
/// </summary>
public sealed class PublicAppealGuard(IDataProtectionProvider protection, TimeProvider time) : IDisposable
{
    public const int FreeSubmissionsPerDay = 2;
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly TimeSpan ChallengeLife = TimeSpan.FromMinutes(20);

    private readonly PartitionedRateLimiter<string> submissions = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = 5, Window = TimeSpan.FromHours(1) }));
    private readonly PartitionedRateLimiter<string> lookups = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(10) }));
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> submitted = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> usedChallenges = new();
    private readonly IDataProtector protector = protection.CreateProtector("Rectify.Appeals.PublicChallenge");

    public bool TrySubmit(string address)
    {
        using var lease = submissions.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public bool TryLookUp(string address)
    {
        using var lease = lookups.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    /// <summary>The address already submitted twice today: the next form carries a question.</summary>
    public bool NeedsChallenge(string address)
    {
        var since = time.GetUtcNow().AddDays(-1);
        if (!submitted.TryGetValue(address, out var times)) return false;
        lock (times) return times.Count(t => t > since) >= FreeSubmissionsPerDay;
    }

    public void Submitted(string address)
    {
        var times = submitted.GetOrAdd(address, _ => []);
        var since = time.GetUtcNow().AddDays(-1);
        lock (times)
        {
            times.RemoveAll(t => t <= since);
            times.Add(time.GetUtcNow());
        }
    }

    /// <summary>A question in words (十七加二十六等于多少？) and the sealed token that carries its answer.</summary>
    public PublicChallenge NewChallenge()
    {
        var a = RandomNumberGenerator.GetInt32(11, 60);
        var b = RandomNumberGenerator.GetInt32(11, 40);
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var expires = time.GetUtcNow().Add(ChallengeLife).ToUnixTimeSeconds();
        return new PublicChallenge($"{Words(a)}加{Words(b)}等于多少？（请填阿拉伯数字）", protector.Protect($"{a + b}|{expires}|{nonce}"));
    }

    /// <summary>True once for a right answer to an unexpired question; a token replayed or tampered with fails.</summary>
    public bool Verify(string? token, string? answer)
    {
        if (string.IsNullOrEmpty(token) || !int.TryParse(answer?.Trim(), out var given)) return false;
        string plain;
        try { plain = protector.Unprotect(token); }
        catch (CryptographicException) { return false; }
        var parts = plain.Split('|');
        var now = time.GetUtcNow();
        if (parts.Length != 3 || !int.TryParse(parts[0], out var expected) || !long.TryParse(parts[1], out var expires)) return false;
        if (DateTimeOffset.FromUnixTimeSeconds(expires) < now || given != expected) return false;
        foreach (var old in usedChallenges.Where(u => u.Value < now).Select(u => u.Key).ToList()) usedChallenges.TryRemove(old, out _);
        return usedChallenges.TryAdd(parts[2], DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    public void Dispose()
    {
        submissions.Dispose();
        lookups.Dispose();
    }

    private static string Words(int n) => n switch
    {
        < 10 => Digits[n],
        < 20 => "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
    };
}

public sealed record PublicChallenge(string Question, string Token);
