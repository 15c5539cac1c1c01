using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Admin;

public class AdminPagesTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Admin_sees_the_unit_tree_and_the_user_list()
    {
        var admin = await PageSession.SignInAsync(world, "admin");
        var (status, units) = await admin.GetAsync("/Admin/Units");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("└ 规划科", units);
        // Other tests of this class add unit staff; the leaders of the commission stay as World made them.
        var (_, users) = await admin.GetAsync($"/Admin/Users?unitId={world.Commission.Id}&role=Leader");
        Assert.Contains("王领导", users);
        Assert.DoesNotContain("张整改", users);
        Assert.Contains("共 1 个用户", users);
        // The filter shows its unit by name; no admin form lists the units as options.
        Assert.Contains($"name=\"UnitId\" value=\"{world.Commission.Id}\"", users);
        Assert.Contains("value=\"市发展改革委\"", users);
        foreach (var page in new[] { "/Admin/Users", $"/Admin/UserEdit/{await UserIdAsync("staff")}", "/Admin/Messages", "/Admin/Units", $"/Admin/UnitEdit/{world.Planning.Id}" })
        {
            var (_, html) = await admin.GetAsync(page);
            Assert.Contains("data-unit-picker", html);
            foreach (var unit in new[] { world.Root, world.Commission, world.Planning, world.Service })
                Assert.DoesNotContain($"<option value=\"{unit.Id}\"", html);
        }
    }

    [Fact]
    public async Task Admin_unit_picker_finds_every_unit_with_the_units_above_it_and_answers_no_other_role()
    {
        var admin = await PageSession.SignInAsync(world, "admin");
        var found = await admin.GetRawAsync("/Admin/Users?handler=Units&text=" + Uri.EscapeDataString("政务"));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var units = System.Text.Json.JsonDocument.Parse(await found.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(u => (u.GetProperty("name").GetString(), u.GetProperty("path").GetString())).ToList();
        Assert.Equal([("市政务服务局", ""), ("政务科", "市政务服务局")], units);

        var office = await PageSession.SignInAsync(world, "office");
        var refused = await office.GetRawAsync("/Admin/Users?handler=Units&text=" + Uri.EscapeDataString("政务"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Denied", refused.Headers.Location?.PathAndQuery);
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Rectify.Platform.Data.RectifyDbContext>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task Other_roles_are_turned_away_from_the_admin_pages()
    {
        var office = await PageSession.SignInAsync(world, "office");
        foreach (var page in new[] { "/Admin/Units", "/Admin/Users", $"/Admin/UnitEdit/{world.Planning.Id}" })
        {
            var response = await office.GetRawAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Denied", response.Headers.Location?.PathAndQuery);
        }
    }

    [Fact]
    public async Task A_refused_unit_shows_the_reason_beside_the_form_and_keeps_what_was_typed()
    {
        var admin = await PageSession.SignInAsync(world, "admin");
        await admin.GetAsync("/Admin/Units");
        var html = await admin.PostForPageAsync("/Admin/Units?handler=Create", new()
        {
            ["Create.Name"] = "规划科",
            ["Create.ParentId"] = world.Commission.Id.ToString(),
            ["Create.SupervisingLeader"] = "钱主任",
            ["Create.SortOrder"] = "2",
        });
        Assert.Contains("同一上级单位下已有名为“规划科”的单位", html);
        Assert.Contains("value=\"钱主任\"", html);
        // The parent picked stays, shown by name.
        Assert.Contains($"name=\"Create.ParentId\" value=\"{world.Commission.Id}\"", html);
        Assert.Contains("value=\"市发展改革委\"", html);
    }

    [Fact]
    public async Task Moving_a_unit_through_its_picker_refuses_its_own_subtree_and_moves_it_elsewhere()
    {
        var admin = await PageSession.SignInAsync(world, "admin");
        var parent = await CreateUnitAsync(world, "移动测试处", world.Root.Id);
        var child = await CreateUnitAsync(world, "移动测试科", parent);
        var (_, page) = await admin.GetAsync($"/Admin/UnitEdit/{child}");
        Assert.Contains($"name=\"Move.ParentId\" value=\"{parent}\"", page);
        Assert.Contains("value=\"移动测试处\"", page);

        await admin.GetAsync($"/Admin/UnitEdit/{parent}");
        var refused = await admin.PostForPageAsync($"/Admin/UnitEdit/{parent}?handler=Move", new() { ["Move.ParentId"] = child.ToString() });
        Assert.Contains("不能把单位移到它自己或它的下级单位之下", refused);

        var moved = await admin.PostAsync($"/Admin/UnitEdit/{child}?handler=Move", new() { ["Move.ParentId"] = world.Bureau.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var (_, after) = await admin.GetAsync($"/Admin/UnitEdit/{child}");
        Assert.Contains($"name=\"Move.ParentId\" value=\"{world.Bureau.Id}\"", after);
    }

    [Fact]
    public async Task The_unit_edit_page_reads_its_one_unit_as_the_tree_shows_it()
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var tree = scope.ServiceProvider.GetRequiredService<Rectify.Features.Admin.Units.UnitTreeQuery>();
        var rows = await tree.HandleAsync(CancellationToken.None);
        Assert.Contains(rows, r => r.Depth >= 2);
        Assert.Contains(rows, r => r.ActiveUsers > 0);
        foreach (var row in rows) Assert.Equal(row, await tree.FindAsync(row.Id, CancellationToken.None));
        Assert.Null(await tree.FindAsync(Guid.NewGuid(), CancellationToken.None));

        var admin = await PageSession.SignInAsync(world, "admin");
        var planning = rows.Single(r => r.Id == world.Planning.Id);
        var (_, page) = await admin.GetAsync($"/Admin/UnitEdit/{planning.Id}");
        Assert.Contains($"编辑单位：{planning.Name}", page);
        Assert.Contains($"当前启用用户 {planning.ActiveUsers} 个", page);
        var missing = await admin.GetRawAsync($"/Admin/UnitEdit/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_admin_role_on_the_user_form_is_refused_in_chinese_keeping_the_name()
    {
        var admin = await PageSession.SignInAsync(world, "admin");
        await admin.GetAsync("/Admin/Users");
        var html = await admin.PostForPageAsync("/Admin/Users?handler=Create", new()
        {
            ["Create.UserName"] = "yemian",
            ["Create.FullName"] = "页面用户",
            ["Create.UnitId"] = world.Planning.Id.ToString(),
            ["Create.Role"] = "SecurityAdmin",
        });
        Assert.Contains("系统管理员、安全管理员、安全审计员角色只能由安全管理员分配（三员分立）", html);
        Assert.Contains("value=\"yemian\"", html);
    }

    [Fact]
    public async Task Saving_a_user_over_someone_elses_change_shows_the_conflict_and_the_current_values()
    {
        var id = await CreateUserAsync(world, "yemianbf", world.Planning.Id);
        var admin = await PageSession.SignInAsync(world, "admin");
        var (_, page) = await admin.GetAsync($"/Admin/UserEdit/{id}");
        Assert.Contains("测试yemianbf", page);
        var version = (await UserAsync(world, "yemianbf")).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/Admin/UserEdit/{id}?handler=Edit", Fields("抢先保存", version))).StatusCode);

        var html = await admin.PostForPageAsync($"/Admin/UserEdit/{id}?handler=Edit", Fields("后来保存", version));
        Assert.Contains("该用户已被他人修改", html);
        Assert.Contains("当前保存的内容：抢先保存", html);
        Assert.Equal("抢先保存", (await UserAsync(world, "yemianbf")).GetProperty("fullName").GetString());

        Dictionary<string, string> Fields(string name, int v) => new()
        {
            ["Edit.FullName"] = name,
            ["Edit.UnitId"] = world.Planning.Id.ToString(),
            ["Edit.Role"] = "UnitStaff",
            ["Edit.Version"] = v.ToString(),
        };
    }

    [Fact]
    public async Task Deactivating_a_unit_with_users_is_refused_on_the_page()
    {
        var admin = await PageSession.SignInAsync(world, "admin");
        await admin.GetAsync($"/Admin/UnitEdit/{world.Service.Id}");
        var html = await admin.PostForPageAsync($"/Admin/UnitEdit/{world.Service.Id}?handler=Deactivate", []);
        Assert.Contains("该单位还有1个启用的用户", html);
    }
}
