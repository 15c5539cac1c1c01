using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.IntegrationTests.Admin;

/// <summary>Calls the admin API as the admin would, and reads back what a user would notice.</summary>
public static class AdminCalls
{
    public static async Task<Guid> CreateUnitAsync(World world, string name, Guid? parentId, string? leader = null)
    {
        var admin = await world.As("admin");
        return await Ledger.Id(await admin.PostAsJsonAsync("/api/v1/admin/units", new { name, shortName = name, parentId, supervisingLeader = leader }));
    }

    /// <summary>A first password as the security admin would set it; its owner must replace it.</summary>
    public const string InitialPassword = "Initial#Key2025";

    /// <summary>
    /// An account ready for use, made as in the office: the system admin creates it (no password), the security admin sets
    /// the initial password, and its owner replaces it with <paramref name="password"/> at his first sign-in. With no
    /// password the account is left as the system admin made it.
    /// </summary>
    public static async Task<Guid> CreateUserAsync(World world, string userName, Guid unitId, string role = "UnitStaff", string? password = World.Password)
    {
        var admin = await world.As("admin");
        var id = await Ledger.Id(await admin.PostAsJsonAsync("/api/v1/admin/users", new { userName, fullName = "测试" + userName, unitId, role }));
        if (password is null) return id;
        await ResetPasswordAsync(world, id, InitialPassword);
        var owner = await TokenClientAsync(world, userName, InitialPassword);
        (await owner.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = InitialPassword, newPassword = password })).EnsureSuccessStatusCode();
        return id;
    }

    public static async Task ResetPasswordAsync(World world, Guid id, string newPassword) =>
        (await (await world.As("secadmin")).PostAsJsonAsync($"/api/v1/security/users/{id}/reset-password", new { newPassword })).EnsureSuccessStatusCode();

    /// <summary>A client holding a bearer token of that account and password.</summary>
    public static async Task<HttpClient> TokenClientAsync(World world, string userName, string password, string? code = null)
    {
        var client = world.Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, twoFactorCode = code });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {userName} failed: {await response.Content.ReadAsStringAsync()}");
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>Binds an authenticator to the account; returns its secret.</summary>
    public static async Task<string> EnrolAsync(World world, string userName)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await World.EnrolAsync(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Rectify.Platform.Security.User>>(), userName);
    }

    public static Task<HttpResponseMessage> TokenAsync(World world, string userName, string password) =>
        world.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password });

    public static async Task<JsonElement> UserAsync(World world, string userName)
    {
        var page = await Ledger.GetJson(await world.As("admin"), $"/api/v1/admin/users?text={Uri.EscapeDataString(userName)}");
        return page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);
    }

    public static async Task<JsonElement> UnitAsync(World world, Guid id)
    {
        var tree = await Ledger.GetJson(await world.As("admin"), "/api/v1/admin/units");
        return tree.EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == id);
    }

    public static async Task<string> TitleAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString() ?? "";

    public static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Contains(message, body);
    }

    public static async Task<T> InDbAsync<T>(World world, Func<RectifyDbContext, Task<T>> read)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RectifyDbContext>());
    }

    public static Task<string> PathAsync(World world, Guid unitId) =>
        InDbAsync(world, db => db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync());

    public static async Task<Guid> CreateWebhookAsync(World world, Guid unitId, string kind = "WeCom", string url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
    {
        var response = await (await world.As("admin")).PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "单位工作群", kind, url, unitId });
        return await Ledger.Id(response);
    }

    /// <summary>A webhook message the sender has given up on, as the admin would find it.</summary>
    public static Task<Guid> FailedMessageAsync(World world, Guid webhookId) => InDbAsync(world, async db =>
    {
        var message = new OutboxMessage($"test:{Guid.NewGuid():N}|webhook:{webhookId:N}", Channel.Webhook, MessageKind.Test, "测试", "测试",
            null, world.Factory.Clock.GetUtcNow()) { WebhookId = webhookId };
        db.Add(message);
        await db.SaveChangesAsync();
        await db.Set<OutboxMessage>().Where(m => m.Id == message.Id).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, DeliveryStatus.Failed).SetProperty(m => m.Attempts, 6).SetProperty(m => m.LastError, "接收方返回 500"));
        return message.Id;
    });
}
