using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Data;

namespace Rectify.Platform.Jobs.Outbox;

/// <summary>
/// Posts a message to a unit's webhook: our own JSON, or a WeCom / DingTalk group robot's markdown message. The HTTP
/// client retries transient failures with back-off (Microsoft.Extensions.Http.Resilience); what still fails goes
/// back to the outbox, which tries again later. The robots answer 200 with an error code; that counts as a failure.
/// </summary>
public sealed class WebhookChannel(
    IHttpClientFactory clients, RectifyDbContext db, IOptions<RectifyOptions> options, WebhookAddresses addresses, WebhookSecrets secrets, TimeProvider time)
    : IMessageChannel
{
    public const string ClientName = "webhooks";

    public Channel Channel => Channel.Webhook;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var hook = await db.Set<WebhookEndpoint>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == message.WebhookId, ct)
            ?? throw new InvalidOperationException("接收地址已删除");
        if (!hook.IsActive) throw new InvalidOperationException($"接收地址“{hook.Name}”已停用");
        var link = MessageText.AbsoluteLink(message.Link, options.Value.Messaging.SiteUrl);
        // Refused before any request, so the client's retries do not repeat it; the connection callback checks again.
        await addresses.CheckAsync(new Uri(hook.Url), ct);
        var url = hook.Kind == WebhookKind.DingTalk && hook.Secret is { } secret
            ? DingTalkSigned(hook.Url, secrets.Reveal(secret), time.GetUtcNow()) : hook.Url;
        using var response = await Post(url, WebhookBody.For(hook.Kind, message, link), ct);
        // The receiver's own words are never shown: only a Chinese summary (its reply may carry anything).
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"接收方拒收（HTTP {(int)response.StatusCode}）");
        if (hook.Kind != WebhookKind.Json && RobotError(await response.Content.ReadAsStringAsync(ct)) is { } error)
            throw new HttpRequestException($"群机器人拒收（{error}）");
    }

    /// <summary>DingTalk's 加签: timestamp in ms and Base64(HMAC-SHA256(secret, "timestamp\nsecret")), URL-encoded.</summary>
    public static string DingTalkSigned(string url, string secret, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeMilliseconds();
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}\n{secret}")));
        return $"{url}{(url.Contains('?') ? '&' : '?')}timestamp={timestamp}&sign={Uri.EscapeDataString(sign)}";
    }

    private async Task<HttpResponseMessage> Post(string url, object body, CancellationToken ct)
    {
        try
        {
            return await clients.CreateClient(ClientName).PostAsJsonAsync(url, body, ct);
        }
        catch (HttpRequestException failed)
        {
            // Without the inner exception: the sender shows its message, and the admin reads Chinese only.
            throw new HttpRequestException(RefusalIn(failed) ?? "无法连接接收方（网络不通或对方未响应）");
        }
    }

    /// <summary>The address check's own refusal, wherever the handler wrapped it.</summary>
    private static string? RefusalIn(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e.Message is WebhookAddresses.NotAllowed or WebhookAddresses.Internal) return e.Message;
        return null;
    }

    private static string? RobotError(string text)
    {
        try
        {
            var code = JsonNode.Parse(text)?["errcode"]?.GetValue<int>() ?? 0;
            return code == 0 ? null : $"错误码 {code}";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return "应答无法识别";
        }
    }
}

/// <summary>The bodies the three kinds of receiver take.</summary>
public static class WebhookBody
{
    public static object For(WebhookKind kind, OutboxMessage message, string? link) => kind switch
    {
        WebhookKind.WeCom => new { msgtype = "markdown", markdown = new { content = Markdown(message, link) } },
        WebhookKind.DingTalk => new { msgtype = "markdown", markdown = new { title = message.Title, text = Markdown(message, link) } },
        _ => new
        {
            id = message.Id,
            key = message.Key,
            kind = message.Kind.ToString(),
            title = message.Title,
            text = message.Body,
            link,
            measureId = message.MeasureId,
            createdAt = message.CreatedAt,
        },
    };

    public static string Markdown(OutboxMessage message, string? link)
    {
        var text = new StringBuilder($"### {message.Title}\n\n");
        foreach (var line in message.Body.Split('\n')) text.Append(line.TrimEnd('\r')).Append("  \n");
        if (link is not null) text.Append($"\n[查看详情]({link})");
        return text.ToString();
    }
}
