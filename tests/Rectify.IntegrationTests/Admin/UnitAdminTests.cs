using System.Net;
using System.Net.Http.Json;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Admin;

public class UnitAdminTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Created_unit_shows_in_the_tree_under_its_parent_one_level_deeper()
    {
        var id = await CreateUnitAsync(world, "法规科", world.Commission.Id, leader: "王领导");
        var tree = await Ledger.GetJson(await world.As("admin"), "/api/v1/admin/units");
        var rows = tree.EnumerateArray().ToList();
        var parentIndex = rows.FindIndex(r => r.GetProperty("id").GetGuid() == world.Commission.Id);
        var row = rows.Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.True(rows.IndexOf(row) > parentIndex);
        Assert.Equal(rows[parentIndex].GetProperty("depth").GetInt32() + 1, row.GetProperty("depth").GetInt32());
        Assert.Equal("王领导", row.GetProperty("supervisingLeader").GetString());
        Assert.EndsWith($"/{world.Commission.Id:N}/{id:N}/", await PathAsync(world, id));
    }

    [Fact]
    public async Task Two_units_with_one_name_under_one_parent_are_refused()
    {
        await CreateUnitAsync(world, "综合科", world.Bureau.Id);
        var admin = await world.As("admin");
        var again = await admin.PostAsJsonAsync("/api/v1/admin/units", new { name = "综合科", parentId = world.Bureau.Id });
        await AssertRefusedAsync(again, HttpStatusCode.Conflict, "同一上级单位下已有名为“综合科”的单位");
        Assert.NotEqual(Guid.Empty, await CreateUnitAsync(world, "综合科", world.Commission.Id));
    }

    [Fact]
    public async Task Edit_renames_the_unit_with_its_aliases_and_a_stale_version_is_refused()
    {
        var id = await CreateUnitAsync(world, "办公室", world.Bureau.Id);
        var admin = await world.As("admin");
        var version = (await UnitAsync(world, id)).GetProperty("version").GetInt32();
        var edited = await admin.PutAsJsonAsync($"/api/v1/admin/units/{id}",
            new { name = "局办公室", shortName = "局办", aliases = "办公室、综合办", supervisingLeader = "周局长", sortOrder = 3, version });
        Assert.Equal(HttpStatusCode.NoContent, edited.StatusCode);
        var row = await UnitAsync(world, id);
        Assert.Equal("局办公室", row.GetProperty("name").GetString());
        Assert.Equal("办公室、综合办", row.GetProperty("aliases").GetString());

        var stale = await admin.PutAsJsonAsync($"/api/v1/admin/units/{id}", new { name = "又改了", sortOrder = 0, version });
        await AssertRefusedAsync(stale, HttpStatusCode.Conflict, "该记录已被他人修改");
        Assert.Equal("局办公室", (await UnitAsync(world, id)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Moving_a_unit_rewrites_the_paths_of_it_and_everything_under_it()
    {
        var office = await CreateUnitAsync(world, "督查室", world.Commission.Id);
        var team = await CreateUnitAsync(world, "督查一组", office);
        var admin = await world.As("admin");
        var moved = await admin.PostAsJsonAsync($"/api/v1/admin/units/{office}/move", new { parentId = world.Bureau.Id });
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);

        var bureauPath = await PathAsync(world, world.Bureau.Id);
        Assert.Equal($"{bureauPath}{office:N}/", await PathAsync(world, office));
        Assert.Equal($"{bureauPath}{office:N}/{team:N}/", await PathAsync(world, team));
        Assert.Equal(world.Bureau.Id, (await UnitAsync(world, office)).GetProperty("parentId").GetGuid());
    }

    [Fact]
    public async Task A_unit_cannot_move_under_itself_or_its_descendants()
    {
        var top = await CreateUnitAsync(world, "审批科", world.Bureau.Id);
        var below = await CreateUnitAsync(world, "审批一股", top);
        var admin = await world.As("admin");
        foreach (var target in new[] { top, below })
        {
            var refused = await admin.PostAsJsonAsync($"/api/v1/admin/units/{top}/move", new { parentId = target });
            await AssertRefusedAsync(refused, HttpStatusCode.Conflict, "不能把单位移到它自己或它的下级单位之下");
        }
        Assert.EndsWith($"/{world.Bureau.Id:N}/{top:N}/{below:N}/", await PathAsync(world, below));
    }

    [Fact]
    public async Task A_unit_with_active_users_or_active_children_cannot_be_deactivated()
    {
        var parent = await CreateUnitAsync(world, "运行科", world.Bureau.Id);
        var child = await CreateUnitAsync(world, "运行一股", parent);
        var user = await CreateUserAsync(world, "yunxing", child);
        var admin = await world.As("admin");

        await AssertRefusedAsync(await admin.PostAsync($"/api/v1/admin/units/{parent}/deactivate", null),
            HttpStatusCode.Conflict, "该单位还有1个启用的下级单位");
        await AssertRefusedAsync(await admin.PostAsync($"/api/v1/admin/units/{child}/deactivate", null),
            HttpStatusCode.Conflict, "该单位还有1个启用的用户");

        (await admin.PostAsync($"/api/v1/admin/users/{user}/deactivate", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/units/{child}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/units/{parent}/deactivate", null)).StatusCode);
        Assert.False((await UnitAsync(world, parent)).GetProperty("isActive").GetBoolean());

        var underInactive = await admin.PostAsJsonAsync("/api/v1/admin/units", new { name = "新科室", parentId = parent });
        await AssertRefusedAsync(underInactive, HttpStatusCode.Conflict, "上级单位已停用");
    }

    [Fact]
    public async Task A_unit_without_a_name_is_refused_in_chinese()
    {
        var admin = await world.As("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/units", new { name = "", parentId = world.Bureau.Id, sortOrder = -1 });
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "请填写单位名称");
        Assert.Contains("排序号应在0到9999之间", await response.Content.ReadAsStringAsync());
    }
}
