using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Admin;

public class UserAdminTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_new_account_has_no_password_until_the_security_admin_sets_one_and_after_a_reset_only_the_new_one_works()
    {
        var id = await CreateUserAsync(world, "xinyonghu", world.Planning.Id, password: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(world, "xinyonghu", InitialPassword)).StatusCode);

        await ResetPasswordAsync(world, id, InitialPassword);
        var owner = await TokenClientAsync(world, "xinyonghu", InitialPassword);
        (await owner.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = InitialPassword, newPassword = World.Password })).EnsureSuccessStatusCode();

        await ResetPasswordAsync(world, id, "Autumn#River2025");
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(world, "xinyonghu", World.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(world, "xinyonghu", "Autumn#River2025")).StatusCode);
    }

    [Fact]
    public async Task Reset_password_lifts_a_lockout()
    {
        var id = await CreateUserAsync(world, "suoding", world.Credit.Id);
        for (var i = 0; i < 5; i++) await TokenAsync(world, "suoding", "wrong-password1");
        var locked = await TokenAsync(world, "suoding", World.Password);
        await AssertRefusedAsync(locked, HttpStatusCode.Unauthorized, "用户名或密码错误");

        await ResetPasswordAsync(world, id, "Unlock#Gate2025");
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(world, "suoding", "Unlock#Gate2025")).StatusCode);
    }

    [Fact]
    public async Task Deactivated_user_gets_no_token_until_reactivated()
    {
        var id = await CreateUserAsync(world, "tingyong", world.Service.Id);
        var admin = await world.As("admin");
        var stamp = await InDbAsync(world, db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{id}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(world, "tingyong", World.Password)).StatusCode);
        Assert.NotEqual(stamp, await InDbAsync(world, db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync()));
        Assert.False((await UserAsync(world, "tingyong")).GetProperty("isActive").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{id}/activate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(world, "tingyong", World.Password)).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_set_by_the_security_admin_is_refused_in_chinese_for_each_rule()
    {
        var id = await CreateUserAsync(world, "ruomima", world.Planning.Id, password: null);
        var secadmin = await world.As("secadmin");
        async Task RefusedAsync(string password, string message) => await AssertRefusedAsync(
            await secadmin.PostAsJsonAsync($"/api/v1/security/users/{id}/reset-password", new { newPassword = password }),
            HttpStatusCode.UnprocessableEntity, message);

        await RefusedAsync("Ab#1", "密码至少需要12位");
        await RefusedAsync("onlylowercaseletters", "密码须包含大写字母、小写字母、数字、符号四类中的至少三类");
        await RefusedAsync("Ruomima#Spring2025", "密码不能包含用户名");
        await RefusedAsync("Password@2024", "该密码过于常见");
        await RefusedAsync("1qaz@WSX3edc", "该密码过于常见");
        Assert.False(await InDbAsync(world, db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash != null).SingleAsync()));
    }

    [Fact]
    public async Task Duplicate_user_name_and_an_inactive_unit_are_refused()
    {
        var admin = await world.As("admin");
        var duplicate = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { userName = "office", fullName = "重名", unitId = world.Planning.Id, role = "UnitStaff", password = World.Password });
        await AssertRefusedAsync(duplicate, HttpStatusCode.UnprocessableEntity, "用户名“office”已被使用");

        var closed = await CreateUnitAsync(world, "撤销科", world.Bureau.Id);
        (await admin.PostAsync($"/api/v1/admin/units/{closed}/deactivate", null)).EnsureSuccessStatusCode();
        var inClosed = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { userName = "chexiao", fullName = "撤销", unitId = closed, role = "UnitStaff", password = World.Password });
        await AssertRefusedAsync(inClosed, HttpStatusCode.UnprocessableEntity, "所选单位不存在或已停用");
    }

    [Fact]
    public async Task Edit_with_a_stale_version_gets_409_with_the_current_values()
    {
        var id = await CreateUserAsync(world, "bingfa", world.Planning.Id);
        var admin = await world.As("admin");
        var version = (await UserAsync(world, "bingfa")).GetProperty("version").GetInt32();
        var first = await admin.PutAsJsonAsync($"/api/v1/admin/users/{id}", new { fullName = "先改的人", unitId = world.Credit.Id, role = "Leader", version });
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);

        var second = await admin.PutAsJsonAsync($"/api/v1/admin/users/{id}", new { fullName = "后改的人", unitId = world.Planning.Id, role = "UnitStaff", version });
        await AssertRefusedAsync(second, HttpStatusCode.Conflict, "该用户已被他人修改");
        var current = (await second.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("current");
        Assert.Equal("先改的人", current.GetProperty("fullName").GetString());
        Assert.Equal("Leader", current.GetProperty("role").GetString());
        Assert.True(current.GetProperty("version").GetInt32() > version);
        Assert.False(current.TryGetProperty("passwordHash", out _));
        Assert.Equal("先改的人", (await UserAsync(world, "bingfa")).GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Editing_a_user_is_in_the_audit_log_with_before_and_after()
    {
        var id = await CreateUserAsync(world, "shenji", world.Planning.Id);
        var admin = await world.As("admin");
        var version = (await UserAsync(world, "shenji")).GetProperty("version").GetInt32();
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{id}", new { fullName = "审计后", unitId = world.Planning.Id, role = "Leader", version }))
            .EnsureSuccessStatusCode();

        var entries = await InDbAsync(world, db => db.AuditEntries
            .Where(a => a.EntityType == "User" && a.EntityId == id.ToString() && a.Action == "修改").ToListAsync());
        var entry = Assert.Single(entries, e => e.Changes.Contains("FullName"));
        Assert.Equal("孙管理", entry.UserName);
        Assert.Contains("\"before\":\"测试shenji\"", entry.Changes);
        Assert.Contains("\"after\":\"审计后\"", entry.Changes);
        Assert.Contains("\"before\":\"UnitStaff\",\"after\":\"Leader\"", entry.Changes);
        Assert.DoesNotContain("PasswordHash", entry.Changes);
    }
}
