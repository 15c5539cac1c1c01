using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Security;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Platform;

/// <summary>Signing in: throttled per name, one answer for every failure, each attempt a security event; forced changes.</summary>
public class SignInTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_locked_account_an_unknown_name_and_a_wrong_password_get_the_same_answer()
    {
        await CreateUserAsync(world, "tongyi", world.Credit.Id);
        var wrong = await TokenAsync(world, "tongyi", "Wrong#Guess2025");
        for (var i = 0; i < 4; i++) await TokenAsync(world, "tongyi", "Wrong#Guess2025");
        var locked = await TokenAsync(world, "tongyi", World.Password);
        var unknown = await TokenAsync(world, "wuciren", World.Password);

        foreach (var response in new[] { wrong, locked, unknown })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(SecurityErrors.WrongPassword, await TitleAsync(response));
        }
        Assert.Null(locked.Headers.RetryAfter);
    }

    [Fact]
    public async Task Every_sign_in_success_failure_and_lock_is_a_security_event_with_its_outcome()
    {
        await CreateUserAsync(world, "shijian", world.Planning.Id);
        await TokenAsync(world, "shijian", World.Password);
        for (var i = 0; i < 5; i++) await TokenAsync(world, "shijian", "Wrong#Guess2025");

        var events = await InDbAsync(world, db => db.AuditEntries.Where(a => a.EntityType == "SecurityEvent" && a.EntityId == "shijian")
            .Select(a => new { a.Action, a.Outcome }).ToListAsync());
        Assert.Contains(events, e => e.Action == "登录" && e.Outcome == "成功");
        Assert.Equal(5, events.Count(e => e.Action == "登录失败" && e.Outcome == "失败"));
        Assert.Contains(events, e => e.Action == "锁定账号");
        Assert.Contains(events, e => e.Action == "修改密码" && e.Outcome == "成功");
    }

    [Fact]
    public async Task After_a_reset_the_account_does_nothing_but_change_its_password_and_its_old_sessions_end()
    {
        var id = await CreateUserAsync(world, "chongzhi", world.Planning.Id);
        var token = await TokenClientAsync(world, "chongzhi", World.Password);
        var page = await SignInPageAsync("chongzhi", World.Password);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/inbox")).StatusCode);

        await ResetPasswordAsync(world, id, "Winter#Hill2025");
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/inbox")).StatusCode);
        Assert.Contains("/Account/Login", (await page.GetRawAsync("/Messages")).Headers.Location!.ToString());

        var fresh = await TokenClientAsync(world, "chongzhi", "Winter#Hill2025");
        var refused = await fresh.GetAsync("/api/v1/inbox");
        await AssertRefusedAsync(refused, HttpStatusCode.Forbidden, "请先修改初始密码");
        var pageAfter = await SignInPageAsync("chongzhi", "Winter#Hill2025");
        Assert.Equal("/Account/ChangePassword", (await pageAfter.GetRawAsync("/Messages")).Headers.Location!.ToString());
        var (_, form) = await pageAfter.GetAsync("/Account/ChangePassword");
        Assert.Contains("请先修改初始密码", form);
        Assert.Contains("新密码至少12位", form);

        var reused = await pageAfter.PostForPageAsync("/Account/ChangePassword",
            new() { ["CurrentPassword"] = "Winter#Hill2025", ["NewPassword"] = World.Password });
        Assert.Contains("新密码不能与最近5次使用过的密码相同", reused);
        var changed = await pageAfter.PostAsync("/Account/ChangePassword",
            new() { ["CurrentPassword"] = "Winter#Hill2025", ["NewPassword"] = "Summer#Field2026" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pageAfter.GetAsync("/Messages")).Status);
        Assert.Equal(HttpStatusCode.OK, (await (await TokenClientAsync(world, "chongzhi", "Summer#Field2026")).GetAsync("/api/v1/inbox")).StatusCode);

        var reset = await InDbAsync(world, db => db.AuditEntries.Where(a => a.EntityType == "SecurityEvent" && a.EntityId == "chongzhi" && a.Action == "重置密码")
            .Select(a => new { a.UserName, a.Outcome }).ToListAsync());
        Assert.Contains(reset, r => r.UserName == "钱安全" && r.Outcome == "成功");
    }

    private async Task<PageSession> SignInPageAsync(string userName, string password)
    {
        var session = PageSession.Anonymous(world);
        await session.GetAsync("/Account/Login");
        var response = await session.PostAsync("/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }
}
