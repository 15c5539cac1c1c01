using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Security;

namespace Rectify.IntegrationTests.Platform;

/// <summary>Sign-ins end when they should: idle, too old, signed out, password changed or reset, account deactivated.</summary>
public class SessionTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Signing_out_on_one_device_ends_the_page_session_on_the_other()
    {
        var office = await PageSession.SignInAsync(world, "office");
        var phone = await PageSession.SignInAsync(world, "office");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/")).Status);

        await office.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostAsync("/Account/Logout", [])).StatusCode);

        var after = await phone.GetRawAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_page_session_ends_after_thirty_idle_minutes_and_after_twelve_hours_however_active()
    {
        var inspector = await PageSession.SignInAsync(world, "inspector");
        for (var hour = 0; hour < 11; hour++)
        {
            world.Factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync("/")).Status);
            world.Factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync("/")).Status);
            world.Factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync("/")).Status);
        }
        world.Factory.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.GetRawAsync("/")).StatusCode);

        var leader = await PageSession.SignInAsync(world, "leader");
        world.Factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.GetRawAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_lasts_fifteen_minutes_and_is_renewed_by_its_refresh_token_until_twelve_hours()
    {
        var client = world.Factory.CreateClient();
        var tokens = await TokensAsync(client, "staff2");
        Use(client, tokens);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/inbox")).StatusCode);

        world.Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/inbox")).StatusCode);
        for (var i = 0; i < 11; i++)
        {
            tokens = await RefreshAsync(client, tokens);
            Use(client, tokens);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/inbox")).StatusCode);
            world.Factory.Clock.Advance(TimeSpan.FromMinutes(59));
        }
        world.Factory.Clock.Advance(TimeSpan.FromMinutes(60));
        var refused = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("登录已过期", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_over_the_api_ends_every_token_and_refresh_token_of_the_account()
    {
        var first = world.Factory.CreateClient();
        var firstTokens = await TokensAsync(first, "officeB");
        Use(first, firstTokens);
        var second = await world.SignInAsync("officeB");

        Assert.Equal(HttpStatusCode.NoContent, (await second.PostAsync("/api/v1/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/v1/rounds")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/rounds")).StatusCode);
        var refresh = await first.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = firstTokens.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_tokens_but_keeps_the_page_session_that_made_it()
    {
        var oldToken = await world.SignInAsync("staffB");
        var page = await PageSession.SignInAsync(world, "staffB");
        await page.GetAsync("/Account/ChangePassword");
        var changed = await page.PostAsync("/Account/ChangePassword", new() { ["CurrentPassword"] = World.Password, ["NewPassword"] = "Zheng-Wu-2024-Xin" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await oldToken.GetAsync("/api/v1/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/Messages")).Status);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_read_its_inbox_with_a_token_it_already_had()
    {
        var staff = await world.SignInAsync("staff");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/v1/inbox")).StatusCode);
        var id = await UserIdAsync("staff");

        var admin = await world.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{id}/deactivate", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync("/api/v1/inbox")).StatusCode);
    }

    private static async Task<JsonElement> TokensAsync(HttpClient client, string account)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = account, password = World.Password });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> RefreshAsync(HttpClient client, JsonElement tokens)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void Use(HttpClient client, JsonElement tokens) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByNameAsync(userName))!.Id;
    }
}
