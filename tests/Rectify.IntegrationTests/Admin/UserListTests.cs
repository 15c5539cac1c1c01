using System.Net;
using System.Net.Http.Json;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Admin;

public class UserListTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task List_filters_by_unit_with_the_units_under_it_and_by_role()
    {
        var admin = await world.As("admin");
        var commission = await Ledger.GetJson(admin, $"/api/v1/admin/users?unitId={world.Commission.Id}");
        var names = commission.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "office", "leader", "staff", "staff2" }, names);

        var staff = await Ledger.GetJson(admin, $"/api/v1/admin/users?unitId={world.Commission.Id}&role=UnitStaff");
        Assert.Equal(2, staff.GetProperty("total").GetInt32());
        Assert.Equal("规划科", staff.GetProperty("items")[0].GetProperty("unitName").GetString());
    }

    [Fact]
    public async Task List_pages_by_fifty_and_filters_on_active()
    {
        var unit = await CreateUnitAsync(world, "分页科", world.Bureau.Id);
        var admin = await world.As("admin");
        // Without passwords: paging needs accounts, not sign-ins, and each password costs four hashings.
        for (var i = 0; i < 52; i++) await CreateUserAsync(world, $"page{i:D2}", unit, password: null);
        var first = await Ledger.GetJson(admin, $"/api/v1/admin/users?unitId={unit}");
        Assert.Equal(52, first.GetProperty("total").GetInt32());
        Assert.Equal(50, first.GetProperty("items").GetArrayLength());
        var second = await Ledger.GetJson(admin, $"/api/v1/admin/users?unitId={unit}&page=2");
        Assert.Equal(["page50", "page51"], second.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()));

        var target = second.GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{target}/deactivate", null)).StatusCode);
        var inactive = await Ledger.GetJson(admin, $"/api/v1/admin/users?unitId={unit}&active=false");
        Assert.Equal("page50", Assert.Single(inactive.GetProperty("items").EnumerateArray()).GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Admin_cannot_deactivate_himself_or_take_away_his_own_role()
    {
        var admin = await world.As("admin");
        var me = await UserAsync(world, "admin");
        var id = me.GetProperty("id").GetGuid();
        await AssertRefusedAsync(await admin.PostAsync($"/api/v1/admin/users/{id}/deactivate", null), HttpStatusCode.Conflict, "不能停用自己的账号");
        var demote = await admin.PutAsJsonAsync($"/api/v1/admin/users/{id}",
            new { fullName = "孙管理", unitId = world.Root.Id, role = "Office", version = me.GetProperty("version").GetInt32() });
        await AssertRefusedAsync(demote, HttpStatusCode.Conflict, "不能修改自己的角色");
    }

    [Fact]
    public async Task A_deactivated_or_demoted_admin_is_refused_at_once_despite_his_token()
    {
        // Admin roles are given by the security admin (三员分立); each new admin binds an authenticator.
        var second = await CreateUserAsync(world, "admin2", world.Root.Id);
        var third = await CreateUserAsync(world, "admin3", world.Root.Id);
        var secadmin = await world.As("secadmin");
        var tokens = new Dictionary<string, HttpClient>();
        foreach (var (name, id) in new[] { ("admin2", second), ("admin3", third) })
        {
            (await secadmin.PostAsJsonAsync($"/api/v1/security/users/{id}/role", new { role = "SystemAdmin" })).EnsureSuccessStatusCode();
            var client = await TokenClientAsync(world, name, World.Password, World.Code(await EnrolAsync(world, name)));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/units")).StatusCode);
            tokens[name] = client;
        }

        var admin = await world.As("admin");
        (await admin.PostAsync($"/api/v1/admin/users/{second}/deactivate", null)).EnsureSuccessStatusCode();
        (await secadmin.PostAsJsonAsync($"/api/v1/security/users/{third}/role", new { role = "Inspector" })).EnsureSuccessStatusCode();

        // Deactivation and a changed role both replace the account's security stamp: the old tokens open nothing.
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokens["admin2"].GetAsync("/api/v1/admin/units")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokens["admin3"].GetAsync("/api/v1/admin/users")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_admin_endpoints()
    {
        var document = await world.Factory.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/admin/units/{id}/move", document);
        Assert.Contains("/api/v1/security/users/{id}/reset-password", document);
        Assert.DoesNotContain("/api/v1/admin/users/{id}/reset-password", document);
    }
}
