using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Platform;

/// <summary>The admin roles sign in with a TOTP code after the password; recovery codes work once; enrolment comes first.</summary>
public partial class SecondFactorTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task An_admin_token_needs_the_authenticator_code_after_the_password()
    {
        var client = world.Factory.CreateClient();
        var noCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "secadmin", password = World.Password });
        await AssertRefusedAsync(noCode, HttpStatusCode.Unauthorized, "请输入动态验证码");
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "secadmin", password = World.Password, twoFactorCode = "000000" });
        await AssertRefusedAsync(wrong, HttpStatusCode.Unauthorized, "动态验证码错误或已过期");
        var right = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = "secadmin", password = World.Password, twoFactorCode = world.CodeFor("secadmin") });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task On_the_login_page_the_admin_gives_his_code_and_lands_on_his_own_work()
    {
        var session = PageSession.Anonymous(world);
        await session.GetAsync("/Account/Login");
        var password = await session.PostAsync("/Account/Login", new() { ["UserName"] = "admin", ["Password"] = World.Password });
        Assert.StartsWith("/Account/LoginCode", password.Headers.Location!.OriginalString);
        // Only the password: no page opens yet.
        Assert.Contains("/Account/Login", (await session.GetRawAsync("/Admin/Users")).Headers.Location!.ToString());

        var (_, form) = await session.GetAsync("/Account/LoginCode");
        Assert.Contains("身份验证器", form);
        var wrong = await session.PostForPageAsync("/Account/LoginCode", new() { ["Code"] = "123456" });
        Assert.Contains("动态验证码错误或已过期，请重新输入", wrong);
        var right = await session.PostAsync("/Account/LoginCode", new() { ["Code"] = world.CodeFor("admin") });
        Assert.Equal("/Admin/Users", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Admin/Users")).Status);
    }

    [Fact]
    public async Task A_new_admin_enrols_first_and_each_recovery_code_works_once_and_is_stored_only_as_a_hash()
    {
        var id = await CreateUserAsync(world, "xinshenji", world.Root.Id);
        var role = await (await world.As("secadmin")).PostAsJsonAsync($"/api/v1/security/users/{id}/role", new { role = "AuditAdmin" });
        Assert.Equal(HttpStatusCode.NoContent, role.StatusCode);

        var token = await TokenClientAsync(world, "xinshenji", World.Password);
        await AssertRefusedAsync(await token.GetAsync("/api/v1/inbox"), HttpStatusCode.Forbidden, "请先绑定动态验证码");
        var page = PageSession.Anonymous(world);
        await page.GetAsync("/Account/Login");
        await page.PostAsync("/Account/Login", new() { ["UserName"] = "xinshenji", ["Password"] = World.Password });
        Assert.Equal("/Account/Authenticator", (await page.GetRawAsync("/Messages")).Headers.Location!.ToString());

        var (_, enrol) = await page.GetAsync("/Account/Authenticator");
        Assert.Contains("<svg", enrol);
        var key = KeyPattern().Match(enrol).Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var wrong = await page.PostForPageAsync("/Account/Authenticator", new() { ["Code"] = "000000" });
        Assert.Contains("动态验证码错误或已过期", wrong);
        var done = await page.PostForPageAsync("/Account/Authenticator", new() { ["Code"] = World.Code(key) });
        var codes = RecoveryPattern().Matches(done).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Contains("只显示这一次", done);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/Messages")).Status);

        var client = world.Factory.CreateClient();
        var byRecovery = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "xinshenji", password = World.Password, twoFactorRecoveryCode = codes[3] });
        Assert.Equal(HttpStatusCode.OK, byRecovery.StatusCode);
        var again = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "xinshenji", password = World.Password, twoFactorRecoveryCode = codes[3] });
        await AssertRefusedAsync(again, HttpStatusCode.Unauthorized, "动态验证码错误或已过期");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = "xinshenji", password = World.Password, twoFactorCode = World.Code(key) })).StatusCode);

        var stored = await InDbAsync(world, db => db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == id && t.Name == "RecoveryCodes")
            .Select(t => t.Value).SingleAsync());
        Assert.DoesNotContain(codes[0], stored!);
        Assert.Equal(9, stored!.Split(';').Length);
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li class=\"col\">([A-Z0-9-]+)</li>")]
    private static partial Regex RecoveryPattern();
}
