using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Admin;

/// <summary>三员分立: the system, security and audit admins each keep to their own work, and none can become another.</summary>
public class SeparationOfDutiesTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_system_admin_cannot_make_himself_or_anyone_a_security_admin()
    {
        var admin = await world.As("admin");
        var me = await UserAsync(world, "admin");
        var self = await admin.PutAsJsonAsync($"/api/v1/admin/users/{me.GetProperty("id").GetGuid()}",
            new { fullName = "孙管理", unitId = world.Root.Id, role = "SecurityAdmin", version = me.GetProperty("version").GetInt32() });
        Assert.False(self.IsSuccessStatusCode);

        var id = await CreateUserAsync(world, "tisheng", world.Planning.Id);
        var other = await UserAsync(world, "tisheng");
        var promote = await admin.PutAsJsonAsync($"/api/v1/admin/users/{id}",
            new { fullName = "提升", unitId = world.Planning.Id, role = "SecurityAdmin", version = other.GetProperty("version").GetInt32() });
        await AssertRefusedAsync(promote, HttpStatusCode.Forbidden, "只能由安全管理员分配");
        var create = await admin.PostAsJsonAsync("/api/v1/admin/users", new { userName = "xinanquan", fullName = "新安全", unitId = world.Root.Id, role = "AuditAdmin" });
        await AssertRefusedAsync(create, HttpStatusCode.UnprocessableEntity, "只能由安全管理员分配");
        Assert.Equal("SystemAdmin", (await UserAsync(world, "admin")).GetProperty("role").GetString());
        Assert.Equal("UnitStaff", (await UserAsync(world, "tisheng")).GetProperty("role").GetString());
    }

    [Fact]
    public async Task The_system_admin_cannot_reset_a_password_nor_silence_the_auditor()
    {
        var admin = await world.As("admin");
        var id = await CreateUserAsync(world, "mimaren", world.Planning.Id);
        var reset = await admin.PostAsJsonAsync($"/api/v1/security/users/{id}/reset-password", new { newPassword = "Taken#Over2025" });
        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(world, "mimaren", World.Password)).StatusCode);

        var auditor = (await UserAsync(world, "auditor")).GetProperty("id").GetGuid();
        await AssertRefusedAsync(await admin.PostAsync($"/api/v1/admin/users/{auditor}/deactivate", null), HttpStatusCode.Forbidden, "只能由安全管理员管理");
        Assert.True((await UserAsync(world, "auditor")).GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task The_security_admin_changes_neither_his_own_role_nor_his_own_password()
    {
        var secadmin = await world.As("secadmin");
        var me = (await UserAsync(world, "secadmin")).GetProperty("id").GetGuid();
        await AssertRefusedAsync(await secadmin.PostAsJsonAsync($"/api/v1/security/users/{me}/role", new { role = "SystemAdmin" }),
            HttpStatusCode.Conflict, "不能修改自己的角色");
        await AssertRefusedAsync(await secadmin.PostAsJsonAsync($"/api/v1/security/users/{me}/reset-password", new { newPassword = "Own#Choice2025" }),
            HttpStatusCode.Conflict, "不能重置自己的密码");
    }

    [Fact]
    public async Task A_role_given_by_the_security_admin_ends_the_old_role_sessions_and_is_audited()
    {
        var id = await CreateUserAsync(world, "huanjiaose", world.Planning.Id);
        var token = await TokenClientAsync(world, "huanjiaose", World.Password);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/inbox")).StatusCode);

        (await (await world.As("secadmin")).PostAsJsonAsync($"/api/v1/security/users/{id}/role", new { role = "Leader" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/inbox")).StatusCode);
        var changed = await InDbAsync(world, db => db.AuditEntries
            .Where(a => a.EntityType == "SecurityEvent" && a.EntityId == "huanjiaose" && a.Action == "变更角色").Select(a => a.Changes).SingleAsync());
        Assert.Contains("由责任单位联络员改为领导", changed);
    }

    [Fact]
    public async Task A_deactivated_account_loses_its_tokens_at_once()
    {
        var id = await CreateUserAsync(world, "tingyongzhe", world.Planning.Id);
        var token = await TokenClientAsync(world, "tingyongzhe", World.Password);
        (await (await world.As("admin")).PostAsync($"/api/v1/admin/users/{id}/deactivate", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/inbox")).StatusCode);
    }
}
