using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Messages;

public sealed record InboxRow(Guid Id, MessageKind Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The signed-in user's own messages: every reminder, digest and urging sent to them lands here first.</summary>
public sealed class Inbox(RectifyDbContext db, UserScope user, TimeProvider time)
{
    private IQueryable<OutboxMessage> Mine()
    {
        var id = user.UserId;
        return db.Set<OutboxMessage>().AsNoTracking().Where(m => m.RecipientUserId == id && m.Channel == Channel.Inbox);
    }

    public Task<Page<InboxRow>> ListAsync(bool unreadOnly, int? page, CancellationToken ct) =>
        Mine().Where(m => !unreadOnly || m.ReadAt == null)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => new InboxRow(m.Id, m.Kind, m.Title, m.Body, m.Link, m.CreatedAt, m.ReadAt))
            .ToPageAsync(page, 20, ct);

    public Task<int> UnreadCountAsync(CancellationToken ct) => Mine().CountAsync(m => m.ReadAt == null, ct);

    public async Task MarkReadAsync(Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var changed = await Mine().Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, m => m.ReadAt ?? now), ct);
        if (changed == 0) throw new NotFoundException(MessagesErrors.NotFound);
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await Mine().Where(m => m.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), ct);
    }
}

public static class MessagesErrors
{
    public const string NotFound = "消息不存在";
    public const string DeliveryNotFound = "发送记录不存在";
    public const string NotFailed = "只有发送失败的消息可以重新发送";
    public const string WebhookNotFound = "接收地址不存在";
    public const string WebhookUrl = "接收地址必须是 http 或 https 网址";
    public const string WebhookName = "请填写名称（100字以内）";
    public const string WebhookUnit = "请选择接收消息的单位";
    public const string EmailNotConfigured = "未配置邮件服务器，无法发送测试邮件";
    public const string NoEmail = "当前账号没有填写邮箱";
}

public static class MessageKindNames
{
    public static string Label(this MessageKind kind) => kind switch
    {
        MessageKind.DueSoon => "临期提醒",
        MessageKind.Overdue => "超期提醒",
        MessageKind.OverdueNotice => "新增超期",
        MessageKind.WeeklyDigest => "每周汇报",
        MessageKind.Urging => "催办",
        MessageKind.Test => "测试",
        MessageKind.Assigned => "新交办",
        MessageKind.CloseOutReturned => "销号退回",
        MessageKind.Rebound => "反弹重启",
        MessageKind.Talk => "约谈通知",
        MessageKind.AppealAssigned => "诉求交办",
        MessageKind.AppealReopened => "诉求重办",
        MessageKind.AppealReturned => "诉求退回",
        _ => "消息",
    };

    /// <summary>The badge's colour: red for what is late or pressing, amber for what comes near.</summary>
    public static string Badge(this MessageKind kind) => kind switch
    {
        MessageKind.Overdue or MessageKind.OverdueNotice or MessageKind.Urging or MessageKind.Rebound or MessageKind.Talk
            or MessageKind.AppealReopened => "text-bg-danger",
        MessageKind.DueSoon or MessageKind.CloseOutReturned or MessageKind.AppealReturned => "text-bg-warning",
        MessageKind.Assigned or MessageKind.AppealAssigned => "text-bg-primary",
        _ => "text-bg-secondary",
    };
}
