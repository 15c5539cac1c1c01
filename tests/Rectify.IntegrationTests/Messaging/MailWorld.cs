using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.IntegrationTests.Messaging;

/// <summary>A world whose app sends e-mail to a real SMTP server on loopback (netDumbster), started with it.</summary>
public class MailWorld : World
{
    public MailWorld() : this(SimpleSmtpServer.Start(), new Dictionary<string, string?>()) { }

    protected MailWorld(IReadOnlyDictionary<string, string?> more) : this(SimpleSmtpServer.Start(), more) { }

    private MailWorld(SimpleSmtpServer smtp, IReadOnlyDictionary<string, string?> more) : base(new Dictionary<string, string?>
    {
        ["Rectify:Messaging:Smtp:Host"] = "127.0.0.1",
        ["Rectify:Messaging:Smtp:Port"] = smtp.Configuration.Port.ToString(),
        ["Rectify:Messaging:Smtp:Security"] = "None",
        ["Rectify:Messaging:Smtp:From"] = "rectify@example.gov.cn",
        ["Rectify:Messaging:SiteUrl"] = "https://rectify.example.gov.cn",
    }.Concat(more).ToDictionary())
    {
        Smtp = smtp;
    }

    public SimpleSmtpServer Smtp { get; }

    /// <summary>The mails the SMTP server received, parsed as a mail client would.</summary>
    public List<MimeMessage> Mails() =>
        Smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}

/// <summary>What the tests do with messages: give accounts an address, send what is due, read it back.</summary>
public static class MessageSteps
{
    public static Task SetEmailAsync(World world, string account, string email) => InDb(world, db =>
        db.Users.Where(u => u.UserName == account).ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, email)));

    public static async Task<SendResult> SendAsync(RectifyFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().RunAsync(CancellationToken.None);
    }

    public static async Task<T> InDb<T>(World world, Func<RectifyDbContext, Task<T>> work) => await InDb(world.Factory, work);

    public static async Task<T> InDb<T>(RectifyFactory factory, Func<RectifyDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RectifyDbContext>());
    }

    /// <summary>Waits, on the wall clock the scheduler runs on, until the condition holds; fails the test after the time given.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> done, TimeSpan within, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await done())
        {
            if (waited.Elapsed > within) Assert.Fail($"{what} did not happen within {within.TotalSeconds:0} s");
            await Task.Delay(250);
        }
    }

    public static async Task<List<JsonElement>> InboxAsync(HttpClient client) =>
        (await Ledger.GetJson(client, "/api/v1/inbox")).GetProperty("items").EnumerateArray().ToList();
}

/// <summary>
/// A webhook receiver on loopback: records each POST (path, query, body) and answers as told — our JSON receiver,
/// a group robot that accepts ({"errcode":0}) or refuses ({"errcode":93000}), or a server error.
/// </summary>
public sealed class HookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    public sealed record Received(string Path, string Query, JsonElement Body);

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>What the next requests get: "ok", "refuse" or "error".</summary>
    public string Mode { get; set; } = "ok";

    private HookReceiver(WebApplication app) => this.app = app;

    public string Url(string path) => $"{app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()}/{path}";

    public static async Task<HookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new HookReceiver(app);
        app.MapPost("/{**path}", async (HttpContext context, string path) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
            receiver.Requests.Enqueue(new Received(path, context.Request.QueryString.Value ?? "", body));
            return receiver.Mode switch
            {
                "refuse" => Results.Json(new { errcode = 93000, errmsg = "invalid webhook url" }),
                "error" => Results.StatusCode(500),
                _ => Results.Json(new { errcode = 0, errmsg = "ok" }),
            };
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
