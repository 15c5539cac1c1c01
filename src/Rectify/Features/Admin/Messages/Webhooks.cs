using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Messages;
using Rectify.Platform;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Messages;

public sealed record WebhookInput(
    [Required(ErrorMessage = MessagesErrors.WebhookName), StringLength(100, ErrorMessage = MessagesErrors.WebhookName)] string Name,
    WebhookKind Kind,
    [StringLength(1000, ErrorMessage = MessagesErrors.WebhookUrl)] string? Url,
    [StringLength(200, ErrorMessage = "密钥不能超过200字")] string? Secret,
    Guid UnitId,
    bool IsActive = true,
    int? Version = null);

public sealed record WebhookRow(Guid Id, string Name, WebhookKind Kind, string Url, bool HasSecret, Guid UnitId, string UnitName, bool IsActive, int Version);

/// <summary>The webhooks that receive each unit's messages (WeCom / DingTalk group robots, or any system taking JSON).</summary>
public sealed class Webhooks(
    RectifyDbContext db, UserScope user, IOptions<RectifyOptions> options, WebhookAddresses addresses, WebhookSecrets secrets, TimeProvider time)
{
    public Task<List<WebhookRow>> ListAsync(CancellationToken ct) =>
        db.Set<WebhookEndpoint>().AsNoTracking()
            .Join(db.Set<Unit>(), w => w.UnitId, u => u.Id, (w, u) => new { w, UnitName = u.Name, u.Path })
            .OrderBy(x => x.Path).ThenBy(x => x.w.Name)
            .Select(x => new WebhookRow(x.w.Id, x.w.Name, x.w.Kind, Masked(x.w.Url), x.w.Secret != null, x.w.UnitId, x.UnitName, x.w.IsActive, x.w.Version))
            .ToListAsync(ct);

    public async Task<Guid> CreateAsync(WebhookInput input, CancellationToken ct)
    {
        await CheckAsync(input, urlRequired: true, ct);
        var hook = new WebhookEndpoint(input.Name, input.Kind, input.Url!, secrets.Protect(input.Secret), input.UnitId);
        if (!input.IsActive) hook.Change(input.Name, input.Kind, input.Url!, null, input.UnitId, false);
        db.Add(hook);
        await db.SaveChangesAsync(ct);
        return hook.Id;
    }

    /// <summary>An empty address or secret keeps the saved one (neither is shown again); the version must be the one the form was read at.</summary>
    public async Task EditAsync(Guid id, WebhookInput input, CancellationToken ct)
    {
        await CheckAsync(input, urlRequired: false, ct);
        var hook = await db.Set<WebhookEndpoint>().SingleOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException(MessagesErrors.WebhookNotFound);
        db.ExpectVersion(hook, input.Version ?? -1);
        hook.Change(input.Name, input.Kind, string.IsNullOrWhiteSpace(input.Url) ? hook.Url : input.Url,
            string.IsNullOrWhiteSpace(input.Secret) ? null : secrets.Protect(input.Secret), input.UnitId, input.IsActive);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A test message to the webhook, through the outbox like any other; its result shows in the list.</summary>
    public async Task TestAsync(Guid id, CancellationToken ct)
    {
        var hook = await db.Set<WebhookEndpoint>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, ct)
            ?? throw new NotFoundException(MessagesErrors.WebhookNotFound);
        var now = time.GetUtcNow();
        db.Add(new OutboxMessage($"test:{Guid.NewGuid():N}|webhook:{hook.Id:N}", Channel.Webhook, MessageKind.Test, "【测试】整改督办平台消息测试",
            $"这是{user.Name}于{now.ToChinese()}发送的测试消息，收到即表示“{hook.Name}”配置正确。", "/", now) { WebhookId = hook.Id });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A test e-mail to the admin's own address.</summary>
    public async Task TestEmailAsync(CancellationToken ct)
    {
        if (!options.Value.Messaging.Smtp.IsConfigured) throw RuleViolation.Invalid(MessagesErrors.EmailNotConfigured);
        var id = user.UserId;
        var email = await db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(email)) throw RuleViolation.Invalid(MessagesErrors.NoEmail);
        var now = time.GetUtcNow();
        db.Add(new OutboxMessage($"test:{Guid.NewGuid():N}|email:{id:N}", Channel.Email, MessageKind.Test, "【测试】整改督办平台邮件测试",
            $"这是{user.Name}于{now.ToChinese()}发送的测试邮件，收到即表示邮件服务器配置正确。", "/", now) { RecipientUserId = id, EmailAddress = email });
        await db.SaveChangesAsync(ct);
    }

    private async Task CheckAsync(WebhookInput input, bool urlRequired, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100) throw RuleViolation.Invalid(MessagesErrors.WebhookName);
        if ((urlRequired || !string.IsNullOrWhiteSpace(input.Url))
            && (!Uri.TryCreate(input.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
            throw RuleViolation.Invalid(MessagesErrors.WebhookUrl);
        if (!string.IsNullOrWhiteSpace(input.Url) && !addresses.HostAllowed(new Uri(input.Url.Trim())))
            throw RuleViolation.Invalid(WebhookAddresses.NotAllowed);
        if (!Enum.IsDefined(input.Kind)) throw RuleViolation.Invalid("请选择接收方类型");
        if (!await db.Set<Unit>().AnyAsync(u => u.Id == input.UnitId && u.IsActive, ct)) throw RuleViolation.Invalid(MessagesErrors.WebhookUnit);
    }

    /// <summary>Robot URLs carry their key in the query: shown only up to it.</summary>
    public static string Masked(string url) => url.IndexOf('?') is var q and > 0 ? url[..q] + "?…" : url;
}

public static class WebhookKindNames
{
    public static string Label(this WebhookKind kind) => kind switch
    {
        WebhookKind.WeCom => "企业微信群机器人",
        WebhookKind.DingTalk => "钉钉群机器人",
        _ => "通用 JSON",
    };
}
