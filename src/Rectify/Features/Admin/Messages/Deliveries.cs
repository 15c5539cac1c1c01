using Microsoft.EntityFrameworkCore;
using Quartz;
using Rectify.Features.Messages;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Messages;

public enum DeliveryView
{
    /// <summary>Given up after the last attempt.</summary>
    Failed,
    /// <summary>Waiting, or failed and waiting for the next attempt.</summary>
    Waiting,
    Sent,
}

public sealed record DeliveryRow(Guid Id, Channel Channel, MessageKind Kind, string Title, string Recipient, DeliveryStatus Status,
    int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

public sealed record DeliveryCounts(int Failed, int Retrying, int Waiting, int Sent);

/// <summary>The outgoing messages (e-mail and webhooks) for the system admin: what failed and why, what waits, what went.</summary>
public sealed class DeliveryQuery(RectifyDbContext db)
{
    private IQueryable<OutboxMessage> Outgoing => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Channel != Channel.Inbox);

    public Task<Page<DeliveryRow>> ListAsync(DeliveryView view, int? page, CancellationToken ct)
    {
        var rows = view switch
        {
            DeliveryView.Failed => Outgoing.Where(m => m.Status == DeliveryStatus.Failed),
            DeliveryView.Waiting => Outgoing.Where(m => m.Status == DeliveryStatus.Pending || m.Status == DeliveryStatus.Sending),
            _ => Outgoing.Where(m => m.Status == DeliveryStatus.Sent),
        };
        return rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => new DeliveryRow(m.Id, m.Channel, m.Kind, m.Title,
                m.EmailAddress ?? db.Set<WebhookEndpoint>().Where(w => w.Id == m.WebhookId).Select(w => w.Name).FirstOrDefault() ?? "",
                m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError))
            .ToPageAsync(page, Paging.DefaultSize, ct);
    }

    public async Task<DeliveryCounts> CountAsync(CancellationToken ct)
    {
        var counts = await Outgoing.GroupBy(m => new { m.Status, Retrying = m.Attempts > 0 })
            .Select(g => new { g.Key.Status, g.Key.Retrying, Count = g.Count() }).ToListAsync(ct);
        int Of(Func<DeliveryStatus, bool, bool> which) => counts.Where(c => which(c.Status, c.Retrying)).Sum(c => c.Count);
        return new DeliveryCounts(
            Of((s, _) => s == DeliveryStatus.Failed),
            Of((s, r) => s is DeliveryStatus.Pending or DeliveryStatus.Sending && r),
            Of((s, r) => s is DeliveryStatus.Pending or DeliveryStatus.Sending && !r),
            Of((s, _) => s == DeliveryStatus.Sent));
    }
}

/// <summary>The admin sends a failed message again: it waits for the sender as if new; the step is in the audit log.</summary>
public sealed class RetryDelivery(RectifyDbContext db, UserScope user, TimeProvider time)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var message = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Id == id && m.Channel != Channel.Inbox)
            .Select(m => new { m.Status, m.Attempts, m.LastError }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(MessagesErrors.DeliveryNotFound);
        if (message.Status != DeliveryStatus.Failed) throw RuleViolation.Invalid(MessagesErrors.NotFailed);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Set<OutboxMessage>().Where(m => m.Id == id && m.Status == DeliveryStatus.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, DeliveryStatus.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now), ct);
        if (changed == 0) throw RuleViolation.Invalid(MessagesErrors.NotFailed);
        db.Add(new AuditEntry
        {
            At = now, UserId = user.Id, UserName = user.Name, EntityType = nameof(OutboxMessage), EntityId = id.ToString(), SubjectId = id.ToString(),
            Action = "重新发送",
            Changes = AuditInterceptor.Serialize([
                new FieldChange(nameof(OutboxMessage.Status), nameof(DeliveryStatus.Failed), nameof(DeliveryStatus.Pending)),
                new FieldChange(nameof(OutboxMessage.Attempts), message.Attempts.ToString(), "0"),
            ]),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}

public sealed record JobRow(string Name, string Description, string Schedule, DateTimeOffset? Previous, DateTimeOffset? Next, string State);

/// <summary>The scheduler's jobs as this instance sees them in the shared store.</summary>
public sealed class JobQuery(JobHost host)
{
    public bool Running => host.Scheduler is not null;

    public async Task<IReadOnlyList<JobRow>> ListAsync(CancellationToken ct)
    {
        var rows = new List<JobRow>();
        foreach (var job in host.Jobs)
        {
            var schedule = job.When;
            if (host.Scheduler is not { } scheduler)
            {
                rows.Add(new JobRow(job.Name, job.Description, schedule, null, null, "本实例未运行调度"));
                continue;
            }
            var trigger = await scheduler.GetTrigger(new TriggerKey(job.Name), ct);
            var state = trigger is null ? "未安排" : (await scheduler.GetTriggerState(trigger.Key, ct)) switch
            {
                TriggerState.Normal => "正常",
                TriggerState.Paused => "已暂停",
                TriggerState.Blocked => "运行中",
                TriggerState.Error => "出错",
                TriggerState.Complete => "已结束",
                var s => s.ToString(),
            };
            rows.Add(new JobRow(job.Name, job.Description, schedule, trigger?.PreviousFireTimeUtc, trigger?.NextFireTimeUtc, state));
        }
        return rows;
    }
}
