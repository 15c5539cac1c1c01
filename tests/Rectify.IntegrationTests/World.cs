using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.IntegrationTests;

/// <summary>
/// A small unit tree with one account per role:
/// 市委 → 市发展改革委 (office, leader) → 规划科 (staff), 信用科 (staff2); 市政务服务局 (officeB) → 政务科 (staffB);
/// 市委巡察办 (inspector); the three admins of 三员分立 at the root (admin, secadmin, auditor), each with an authenticator
/// whose codes the world computes (<see cref="CodeFor"/>).
/// </summary>
public class World : IAsyncLifetime
{
    /// <summary>Meets the password rule (12 characters, three classes, no user name, not a common one).</summary>
    public const string Password = "Lake#Tower2024";
    public static readonly string[] Accounts = ["office", "officeB", "staff", "staff2", "staffB", "leader", "inspector", "admin", "secadmin", "auditor"];
    public static readonly string[] Admins = ["admin", "secadmin", "auditor"];

    private readonly Dictionary<string, string> authenticatorKeys = [];

    private readonly Dictionary<string, HttpClient> clients = [];
    private readonly Dictionary<string, DateTimeOffset> signedInAt = [];

    public World() : this(null) { }

    /// <param name="settings">Configuration for worlds that need more than the tests' own (a scheduler, an SMTP server).</param>
    protected World(IReadOnlyDictionary<string, string?>? settings) => Factory = new RectifyFactory(settings: settings);

    public RectifyFactory Factory { get; }
    public Unit Root { get; private set; } = null!;
    public Unit Commission { get; private set; } = null!;
    public Unit Planning { get; private set; } = null!;
    public Unit Credit { get; private set; } = null!;
    public Unit Bureau { get; private set; } = null!;
    public Unit Service { get; private set; } = null!;
    public Unit Inspection { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        Root = new Unit("中共示范市委员会", "市委", null);
        Commission = new Unit("示范市发展和改革委员会", "市发展改革委", Root);
        Planning = new Unit("规划科", "规划科", Commission);
        Credit = new Unit("信用建设科", "信用科", Commission);
        Bureau = new Unit("示范市政务服务和大数据管理局", "市政务服务局", Root);
        Service = new Unit("政务服务科", "政务科", Bureau);
        Inspection = new Unit("市委巡察工作领导小组办公室", "市委巡察办", Root);
        db.AddRange(Root, Commission, Planning, Credit, Bureau, Service, Inspection);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        await AddUser(users, "office", "张整改", Commission, Role.Office);
        await AddUser(users, "officeB", "赵整改", Bureau, Role.Office);
        await AddUser(users, "staff", "李规划", Planning, Role.UnitStaff);
        await AddUser(users, "staff2", "陈信用", Credit, Role.UnitStaff);
        await AddUser(users, "staffB", "周政务", Service, Role.UnitStaff);
        await AddUser(users, "leader", "王领导", Commission, Role.Leader);
        await AddUser(users, "inspector", "刘巡察", Inspection, Role.Inspector);
        await AddUser(users, "admin", "孙管理", Root, Role.SystemAdmin);
        await AddUser(users, "secadmin", "钱安全", Root, Role.SecurityAdmin);
        await AddUser(users, "auditor", "吴审计", Root, Role.AuditAdmin);
        foreach (var name in Admins) authenticatorKeys[name] = await EnrolAsync(users, name);
    }

    /// <summary>The account's authenticator secret, bound as its owner would on the enrolment page.</summary>
    public static async Task<string> EnrolAsync(UserManager<User> users, string name)
    {
        var user = await users.FindByNameAsync(name) ?? throw new InvalidOperationException(name);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>The code the account's authenticator app shows now (RFC 6238, Otp.NET; Identity checks it on the real clock).</summary>
    public string CodeFor(string account) => Code(authenticatorKeys[account]);

    public static string Code(string key) => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    /// <summary>Puts the world's password back on an account a test changed, past the history rule (as a test fixture only may).</summary>
    public async Task RestorePasswordAsync(string account)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByNameAsync(account) ?? throw new InvalidOperationException(account);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, Password);
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        clients.Remove(account);
    }

    public bool HasAuthenticator(string account) => authenticatorKeys.ContainsKey(account);

    private static async Task AddUser(UserManager<User> users, string name, string fullName, Unit unit, Role role)
    {
        var result = await users.CreateAsync(new User { UserName = name, FullName = fullName, UnitId = unit.Id, Role = role }, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(";", result.Errors.Select(e => e.Description)));
    }

    /// <summary>
    /// A client holding a real bearer token of that account, kept for the fixture's tests while the clock stays within a
    /// minute of its sign-in; a test that moved the clock (by days, for reminders) gets a token issued at the new time.
    /// </summary>
    public async Task<HttpClient> As(string account)
    {
        var now = Factory.Clock.GetUtcNow();
        if (clients.TryGetValue(account, out var cached) && (now - signedInAt[account]).Duration() < TimeSpan.FromMinutes(1)) return cached;
        signedInAt[account] = now;
        return clients[account] = await SignInAsync(account);
    }

    /// <summary>A new client with a token issued now: for tests that move the clock beyond a kept token's life.</summary>
    public async Task<HttpClient> SignInAsync(string account)
    {
        var client = Factory.CreateClient();
        var code = HasAuthenticator(account) ? CodeFor(account) : null;
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = account, password = Password, twoFactorCode = code });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        await Factory.DisposeAsync();
    }

    private sealed record TokenResponse(string AccessToken);
}
