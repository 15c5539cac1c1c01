using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests;

public class PlatformTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Model_has_no_changes_missing_from_the_migrations()
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        Assert.Equal(RectifyFactory.Provider == "Postgres", db.IsPostgres);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task First_admin_of_an_install_can_sign_in_and_a_weak_password_creates_nothing()
    {
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var create = scope.ServiceProvider.GetRequiredService<Rectify.Platform.Security.CreateFirstAdmin>();
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => create.HandleAsync("root2", "weak", "甲", "顶级单位", TestContext.Current.CancellationToken));
            Assert.Contains("密码至少需要12位", refused.Message);
            Assert.Equal("中共示范市委员会", await create.HandleAsync("root1", "Strong#Root2024", "乙管理", "顶级单位", TestContext.Current.CancellationToken));
        }
        var token = await world.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "root1", password = "Strong#Root2024" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var weak = await world.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "root2", password = "weak" });
        Assert.Equal(HttpStatusCode.Unauthorized, weak.StatusCode);
    }

    [Fact]
    public async Task Health_answers_200_when_app_and_database_are_up()
    {
        var response = await world.Factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_ledger_endpoints()
    {
        var document = await world.Factory.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/ledger", document);
        Assert.Contains("/api/v1/measures/{id}/progress", document);
        Assert.Contains("/api/v1/auth/token", document);
    }

    [Fact]
    public async Task Wrong_password_five_times_locks_the_account_which_answers_like_a_wrong_password()
    {
        var client = world.Factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "staffB", password = "wrong-password1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "staffB", password = World.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("用户名或密码错误", await locked.Content.ReadAsStringAsync());
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Rectify.Platform.Security.User>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("staffB"))!));
    }

    [Fact]
    public async Task Validation_errors_come_back_as_problem_details_in_chinese()
    {
        var office = await world.As("office");
        var response = await office.PostAsJsonAsync("/api/v1/rounds", new { kind = "Patrol", title = "", inspectingBody = "", inspectedUnitId = world.Commission.Id });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写标题", body);
        Assert.Contains("提交的内容有误", body);
    }

    [Fact]
    public async Task Users_change_their_own_password_under_the_strength_rule()
    {
        var client = world.Factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "inspector", password = World.Password }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var weak = await client.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = World.Password, newPassword = "short" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("密码至少需要12位", await weak.Content.ReadAsStringAsync());
        var ok = await client.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = World.Password, newPassword = "Better#Pass2025" });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        var old = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "inspector", password = World.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        // The token that changed the password ended with the old password, like every other.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/rounds")).StatusCode);
        var again = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "inspector", password = "Better#Pass2025" }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", again.GetProperty("accessToken").GetString());
        // The history rule refuses the old password now; the fixture gets it back behind the rule's back.
        var back = await client.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = "Better#Pass2025", newPassword = World.Password });
        Assert.Contains("不能与最近5次使用过的密码相同", await back.Content.ReadAsStringAsync());
        await world.RestorePasswordAsync("inspector");
    }
}
