using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Rectify.Platform.Jobs.Outbox;

/// <summary>
/// E-mail over SMTP (MailKit). One connection serves a sender's run. The Message-ID is the message's own id, the
/// same on every attempt, so a mail server or client that sees it twice can tell.
/// </summary>
public sealed class EmailChannel(IOptions<RectifyOptions> options) : IMessageChannel, IAsyncDisposable
{
    private SmtpClient? client;

    public Channel Channel => Channel.Email;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value.Messaging;
        if (!settings.Smtp.IsConfigured) throw new InvalidOperationException("未配置邮件服务器（Rectify:Messaging:Smtp:Host）");
        var mail = new MimeMessage
        {
            MessageId = $"{message.Id:N}@rectify",
            Subject = message.Title,
            Date = message.CreatedAt,
            Body = new TextPart("plain") { Text = MessageText.Plain(message, settings.SiteUrl) },
        };
        mail.From.Add(new MailboxAddress(settings.Smtp.FromName, settings.Smtp.From));
        mail.To.Add(MailboxAddress.Parse(message.EmailAddress ?? throw new InvalidOperationException("没有收件地址")));
        var smtp = await ConnectedAsync(settings.Smtp, ct);
        await smtp.SendAsync(mail, ct);
    }

    private async Task<SmtpClient> ConnectedAsync(SmtpOptions smtp, CancellationToken ct)
    {
        if (client is { IsConnected: true }) return client;
        client?.Dispose();
        client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var security = smtp.Security switch
        {
            "None" => SecureSocketOptions.None,
            "StartTls" => SecureSocketOptions.StartTls,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (client is null) return;
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or OperationCanceledException)
        {
            // The messages were sent; a failed QUIT changes nothing.
        }
        client.Dispose();
        client = null;
    }
}

/// <summary>A message's text as it leaves Rectify: the body, then the link to open it.</summary>
public static class MessageText
{
    /// <summary>A text cut to a length, with an ellipsis when cut: for titles and lists in messages.</summary>
    public static string Short(string text, int length = 80) => text.Length > length ? text[..length] + "…" : text;

    /// <summary>A title that fits the outbox's column.</summary>
    public static string Title(string text) => Short(text, 190);

    public static string? AbsoluteLink(string? link, string? siteUrl) =>
        link is null ? null : string.IsNullOrWhiteSpace(siteUrl) ? link : siteUrl.TrimEnd('/') + link;

    public static string Plain(OutboxMessage message, string? siteUrl) =>
        AbsoluteLink(message.Link, siteUrl) is { } link ? $"{message.Body}\n\n查看详情：{link}\n\n— 整改督办平台" : $"{message.Body}\n\n— 整改督办平台";
}
