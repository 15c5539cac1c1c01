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
