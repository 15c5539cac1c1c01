using System.Net.Http.Json;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Admin;

/// <summary>
/// Walks every admin endpoint with every account and anonymously: only the system admin gets through his, only the
/// security admin through hers (三员分立), and none of the others through either.
/// </summary>
public class AdminAuthorizationTests(World world) : IClassFixture<World>
{
    private const int Ok = 200, Created = 201, Accepted = 202, NoContent = 204, Unauthorized = 401, Forbidden = 403;

    public sealed record Target(Guid UnitId, Guid UserId, int UnitVersion, int UserVersion, Guid WebhookId, Guid FailedMessageId);

    private sealed record Row(string Name, string Method, Func<Target, string> Url, Func<World, Target, object?> Body, int Success, string Holder = "admin");

    private static readonly Row[] Rows =
    [
        new("list units", "GET", _ => "/api/v1/admin/units", (_, _) => null, Ok),
        new("create unit", "POST", _ => "/api/v1/admin/units", (w, _) => new { name = $"新单位{Guid.NewGuid():N}", parentId = w.Bureau.Id }, Created),
        new("edit unit", "PUT", t => $"/api/v1/admin/units/{t.UnitId}", (_, t) => new { name = "改名单位", sortOrder = 1, version = t.UnitVersion }, NoContent),
        new("move unit", "POST", t => $"/api/v1/admin/units/{t.UnitId}/move", (w, _) => new { parentId = w.Commission.Id }, NoContent),
        new("deactivate unit", "POST", t => $"/api/v1/admin/units/{t.UnitId}/deactivate", (_, _) => null, NoContent),
        new("list users", "GET", _ => "/api/v1/admin/users", (_, _) => null, Ok),
        new("create user", "POST", _ => "/api/v1/admin/users",
            (w, _) => new { userName = $"u{Guid.NewGuid():N}"[..12], fullName = "新用户", unitId = w.Planning.Id, role = "UnitStaff" }, Created),
        new("edit user", "PUT", t => $"/api/v1/admin/users/{t.UserId}", (w, t) => new { fullName = "改名", unitId = w.Credit.Id, role = "Leader", version = t.UserVersion }, NoContent),
        new("deactivate user", "POST", t => $"/api/v1/admin/users/{t.UserId}/deactivate", (_, _) => null, NoContent),
        new("activate user", "POST", t => $"/api/v1/admin/users/{t.UserId}/activate", (_, _) => null, NoContent),
        new("list messages", "GET", _ => "/api/v1/admin/messages?view=Failed", (_, _) => null, Ok),
        new("message counts", "GET", _ => "/api/v1/admin/messages/counts", (_, _) => null, Ok),
        new("retry message", "POST", t => $"/api/v1/admin/messages/{t.FailedMessageId}/retry", (_, _) => null, NoContent),
        // No SMTP server in this world: the admin gets past authorization to the refusal that says so (422).
        new("test e-mail", "POST", _ => "/api/v1/admin/messages/test-email", (_, _) => null, 422),
        new("list jobs", "GET", _ => "/api/v1/admin/jobs", (_, _) => null, Ok),
        new("list webhooks", "GET", _ => "/api/v1/admin/webhooks", (_, _) => null, Ok),
        new("create webhook", "POST", _ => "/api/v1/admin/webhooks",
            (w, _) => new { name = "规划科群", kind = "WeCom", url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", unitId = w.Planning.Id }, Created),
        new("edit webhook", "PUT", t => $"/api/v1/admin/webhooks/{t.WebhookId}",
            (w, _) => new { name = "规划科工作群", kind = "DingTalk", url = "https://oapi.dingtalk.com/robot/send?access_token=t", secret = "SEC1", unitId = w.Planning.Id, isActive = true, version = 0 }, NoContent),
        new("test webhook", "POST", t => $"/api/v1/admin/webhooks/{t.WebhookId}/test", (_, _) => null, Accepted),
        new("security accounts", "GET", _ => "/api/v1/security/users?locked=false", (_, _) => null, Ok, "secadmin"),
        new("security account", "GET", t => $"/api/v1/security/users/{t.UserId}", (_, _) => null, Ok, "secadmin"),
        new("assign role", "POST", t => $"/api/v1/security/users/{t.UserId}/role", (_, _) => new { role = "Leader" }, NoContent, "secadmin"),
        new("unlock account", "POST", t => $"/api/v1/security/users/{t.UserId}/unlock", (_, _) => null, NoContent, "secadmin"),
        new("reset password", "POST", t => $"/api/v1/security/users/{t.UserId}/reset-password", (_, _) => new { newPassword = "Spring#Field2025" }, NoContent, "secadmin"),
        new("reset second factor", "POST", t => $"/api/v1/security/users/{t.UserId}/reset-second-factor", (_, _) => null, NoContent, "secadmin"),
        new("security policy", "GET", _ => "/api/v1/security/policy", (_, _) => null, Ok, "secadmin"),
    ];

    public static TheoryData<string> Endpoints() => new(Rows.Select(r => r.Name));

    /// <summary>Each row's method and address with placeholder ids, for <see cref="EndpointCoverageTests"/>.</summary>
    public static IEnumerable<(string Method, string Path)> Walked() =>
        Rows.Select(r => (r.Method, r.Url(new Target(Guid.Empty, Guid.Empty, 0, 0, Guid.Empty, Guid.Empty))));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Only_the_admin_whose_work_it_is_gets_through(string endpoint)
    {
        var row = Rows.Single(r => r.Name == endpoint);
        var target = await SetUpAsync(endpoint);
        var expected = World.Accounts.ToDictionary(a => a, a => a == row.Holder ? row.Success : Forbidden);
        expected["anonymous"] = Unauthorized;
        var failures = new List<string>();
        // The holder goes last, so his success cannot change what the others see.
        foreach (var (account, status) in expected.OrderBy(e => e.Key == row.Holder))
        {
            var client = account == "anonymous" ? world.Factory.CreateClient() : await world.As(account);
            var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url(target));
            if (row.Body(world, target) is { } body) request.Content = JsonContent.Create(body);
            var response = await client.SendAsync(request);
            if ((int)response.StatusCode != status)
                failures.Add($"{account}: expected {status}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.Empty(failures);
    }

    private async Task<Target> SetUpAsync(string endpoint)
    {
        var key = endpoint.Replace(" ", "") + Guid.NewGuid().ToString("N")[..6];
        var unit = await CreateUnitAsync(world, "单位" + key, world.Bureau.Id);
        var user = await CreateUserAsync(world, key, world.Planning.Id);
        // The user to reactivate must be inactive first.
        if (endpoint == "activate user") (await (await world.As("admin")).PostAsync($"/api/v1/admin/users/{user}/deactivate", null)).EnsureSuccessStatusCode();
        // An account to unlock is locked first; one whose second factor is reset has one.
        if (endpoint == "unlock account") for (var i = 0; i < 5; i++) await TokenAsync(world, key, "Wrong#Guess2025");
        if (endpoint == "reset second factor") await EnrolAsync(world, key);
        var unitVersion = (await UnitAsync(world, unit)).GetProperty("version").GetInt32();
        var userVersion = (await UserAsync(world, key)).GetProperty("version").GetInt32();
        var webhook = await CreateWebhookAsync(world, world.Planning.Id);
        var failed = await FailedMessageAsync(world, webhook);
        return new Target(unit, user, unitVersion, userVersion, webhook, failed);
    }
}
