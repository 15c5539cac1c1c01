using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Data;

namespace Rectify.Platform.Jobs.Outbox;

/// <summary>Sends one message on its channel, or throws with the reason it could not.</summary>
public interface IMessageChannel
{
    Channel Channel { get; }

    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

public sealed record SendResult(int Sent, int Retrying, int Failed);

/// <summary>
/// Sends what is due in the outbox. Each batch is claimed first with one conditional UPDATE (status, and a token of
/// this run): on PostgreSQL a second instance's UPDATE of the same rows waits, re-reads them, no longer finds them
/// pending and claims nothing, so no two senders ever hold the same message. A message is marked sent right after its
/// channel accepted it; a failure is retried with growing pauses and, after the last attempt, left as failed with the
/// reason for the admin. A sender that dies mid-batch leaves its claim to expire; another then sends the messages it
/// had not begun, and leaves the one it was sending failed with <see cref="Interrupted"/> for the admin to check and
/// send again: sending it on its own could deliver it twice, the same e-mail or robot message minutes apart.
/// </summary>
public sealed class OutboxSender(RectifyDbContext db, IEnumerable<IMessageChannel> channels, IOptions<RectifyOptions> options,
    TimeProvider time, ILogger<OutboxSender> log)
{
    public const int BatchSize = 20;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    public const string Interrupted = "发送过程中服务中断，无法确认对方是否已收到；为免重复发送，未自动重发，请核实后点击“重新发送”";

    public async Task<SendResult> RunAsync(CancellationToken ct, int maxBatches = 50)
    {
        var byChannel = channels.ToDictionary(c => c.Channel);
        int sent = 0, retrying = 0, failed = 0;
        failed += await GiveUpInterruptedAsync(ct);
        try
        {
            for (var batch = 0; batch < maxBatches; batch++)
            {
                var (token, claimed) = await ClaimAsync(ct);
                if (claimed.Count == 0) break;
                foreach (var message in claimed)
                {
                    try
                    {
                        if (!await MarkSendStartedAsync(message, token, ct)) continue;
                        await byChannel[message.Channel].SendAsync(message, ct);
                        await MarkSentAsync(message, token, ct);
                        sent++;
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                    {
                        log.LogWarning("Sending {Channel} message {Key} failed: {Reason}", message.Channel, message.Key, e.Message);
                        if (await MarkFailedAttemptAsync(message, token, Reason(e), ct)) failed++;
                        else retrying++;
                    }
                }
            }
        }
        finally
        {
            foreach (var channel in byChannel.Values.OfType<IAsyncDisposable>()) await channel.DisposeAsync();
        }
        return new SendResult(sent, retrying, failed);
    }

    private async Task<(Guid Token, List<OutboxMessage> Claimed)> ClaimAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = Due(now);
        var ids = await due.OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (ids.Count == 0) return (Guid.Empty, []);
        var token = Guid.NewGuid();
        var until = now + Lease;
        await due.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, DeliveryStatus.Sending)
            .SetProperty(m => m.ClaimToken, token)
            .SetProperty(m => m.ClaimedUntil, until), ct);
        var claimed = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ClaimToken == token).OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
        return (token, claimed);
    }

    /// <summary>Pending and due, or claimed by a sender whose lease ran out before it began to send them.</summary>
    private IQueryable<OutboxMessage> Due(DateTimeOffset now) => db.Set<OutboxMessage>().Where(m =>
        (m.Status == DeliveryStatus.Pending && m.NextAttemptAt <= now)
        || (m.Status == DeliveryStatus.Sending && m.ClaimedUntil < now && m.SendStartedAt == null));

    /// <summary>Messages whose sender died while sending them: failed, for the admin to check, never sent twice unasked.</summary>
    private Task<int> GiveUpInterruptedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return db.Set<OutboxMessage>()
            .Where(m => m.Status == DeliveryStatus.Sending && m.ClaimedUntil < now && m.SendStartedAt != null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, DeliveryStatus.Failed)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, Interrupted)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.SendStartedAt, (DateTimeOffset?)null), ct);
    }

    private async Task<bool> MarkSendStartedAsync(OutboxMessage message, Guid token, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await Mine(message, token).ExecuteUpdateAsync(s => s.SetProperty(m => m.SendStartedAt, now), ct) == 1;
    }

    private Task MarkSentAsync(OutboxMessage message, Guid token, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return Mine(message, token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, DeliveryStatus.Sent)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.ClaimToken, (Guid?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.SendStartedAt, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <returns>Whether that was the last attempt.</returns>
    private async Task<bool> MarkFailedAttemptAsync(OutboxMessage message, Guid token, string reason, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var last = attempts >= options.Value.Messaging.MaxAttempts;
        var next = time.GetUtcNow() + Backoff.After(attempts);
        await Mine(message, token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, last ? DeliveryStatus.Failed : DeliveryStatus.Pending)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.ClaimToken, (Guid?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.SendStartedAt, (DateTimeOffset?)null), CancellationToken.None);
        return last;
    }

    private IQueryable<OutboxMessage> Mine(OutboxMessage message, Guid token) =>
        db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.ClaimToken == token);

    private static string Reason(Exception e)
    {
        var text = e.InnerException is { } inner && inner.Message != e.Message ? $"{e.Message}({inner.Message})" : e.Message;
        return text.Length > 1000 ? text[..1000] : text;
    }
}

/// <summary>The pause before the next attempt: 1, 5, 15 minutes, 1, 4, then 12 hours.</summary>
public static class Backoff
{
    private static readonly TimeSpan[] Steps =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4), TimeSpan.FromHours(12)];

    public static TimeSpan After(int attempts) => Steps[Math.Clamp(attempts, 1, Steps.Length) - 1];
}
