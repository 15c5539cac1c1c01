using System.Net;
using Microsoft.EntityFrameworkCore;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Platform;

/// <summary>Too many failed sign-ins for one name are refused (429, Retry-After) until they leave the 15-minute window.</summary>
public class ThrottleTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Ten_failures_for_a_name_are_answered_429_with_retry_after_until_the_window_has_passed()
    {
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(world, "leader", "Wrong#Guess" + i)).StatusCode);

        var throttled = await TokenAsync(world, "leader", World.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var retryAfter = throttled.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 15 * 60);
        Assert.Equal("登录尝试过于频繁，请15分钟后再试", await TitleAsync(throttled));
        // An unknown name is throttled the same way: the answer tells nothing about which names exist.
        for (var i = 0; i < 10; i++) await TokenAsync(world, "nobody-here", "Wrong#Guess" + i);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAsync(world, "nobody-here", World.Password)).StatusCode);
        var page = PageSession.Anonymous(world);
        await page.GetAsync("/Account/Login");
        var pageAnswer = await page.PostAsync("/Account/Login", new() { ["UserName"] = "leader", ["Password"] = World.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, pageAnswer.StatusCode);
        Assert.NotNull(pageAnswer.Headers.RetryAfter);
        Assert.Contains("登录尝试过于频繁", System.Net.WebUtility.HtmlDecode(await pageAnswer.Content.ReadAsStringAsync()));

        // The window passes; the five wrong passwords had also locked the account, which the security admin lifts.
        world.Factory.Clock.Advance(retryAfter + TimeSpan.FromSeconds(1));
        var leader = await InDbAsync(world, db => db.Users.Where(u => u.UserName == "leader").Select(u => u.Id).SingleAsync());
        (await (await world.SignInAsync("secadmin")).PostAsync($"/api/v1/security/users/{leader}/unlock", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(world, "leader", World.Password)).StatusCode);

        var events = await InDbAsync(world, db => db.AuditEntries.Where(a => a.EntityType == "SecurityEvent" && a.EntityId == "leader")
            .Select(a => a.Action).ToListAsync());
        Assert.Contains("解锁账号", events);
        Assert.Contains("登录", events);
    }
}

/// <summary>
/// Behind a configured proxy each client address has its own count: guessing over many names from one address is refused
/// (429, Retry-After) while another address signs in; the audit keeps the address of each failure.
/// </summary>
public class AddressThrottleTests(AddressThrottleTests.ProxiedWorld world) : IClassFixture<AddressThrottleTests.ProxiedWorld>
{
    public sealed class ProxiedWorld() : World(new Dictionary<string, string?>
    {
        ["Rectify:Web:KnownProxies:0"] = "10.0.0.1",
        ["Rectify:Security:ThrottlePerAddress"] = "5",
    });

    [Fact]
    public async Task Failures_over_many_names_from_one_address_throttle_that_address_only()
    {
        var names = new[] { "leader", "inspector", "nobody-1", "nobody-2", "nobody-3" };
        foreach (var name in names)
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenFromAsync("203.0.113.7", name, "Wrong#Guess2024")).StatusCode);

        // Every name is far under its own limit of ten; the address has reached its five.
        var throttled = await TokenFromAsync("203.0.113.7", "leader", World.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.InRange(throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 15 * 60);
        Assert.Equal("登录尝试过于频繁，请15分钟后再试", await TitleAsync(throttled));

        // Another address is not held back, and the right password there clears the name (not the first address).
        Assert.Equal(HttpStatusCode.OK, (await TokenFromAsync("198.51.100.9", "leader", World.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenFromAsync("203.0.113.7", "inspector", World.Password)).StatusCode);

        var addresses = await InDbAsync(world, db => db.AuditEntries.Where(a => a.EntityType == "SecurityEvent" && a.EntityId == "inspector")
            .Select(a => a.Address).ToListAsync());
        Assert.Contains("203.0.113.7", addresses);

        world.Factory.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await TokenFromAsync("203.0.113.7", "inspector", World.Password)).StatusCode);
    }

    private Task<HttpResponseMessage> TokenFromAsync(string address, string userName, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { userName, password }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        return world.Factory.CreateClient().SendAsync(request);
    }
}
