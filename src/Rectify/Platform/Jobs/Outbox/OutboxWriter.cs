using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Platform.Jobs.Outbox;

/// <summary>
/// What to say, once: <see cref="Key"/> names the subject and the reason (e.g. "overdue:{measure}:{time limit}"),
/// and each recipient's copy gets its own key from it.
/// </summary>
public sealed record Notice(string Key, MessageKind Kind, string Title, string Body, string? Link, Guid? MeasureId = null);

/// <summary>A notice and whom it is for: users (inbox, and e-mail when they have an address) and units (their webhooks).</summary>
public sealed record Addressed(Notice Notice, IReadOnlyCollection<Guid> UserIds, IReadOnlyCollection<Guid> UnitIds);

/// <summary>
/// Writes messages into the outbox in the caller's unit of work (the caller saves, so a message exists exactly when
/// what it tells of does). Keys already written are skipped: writing the same notices again adds nothing.
/// </summary>
public sealed class OutboxWriter(RectifyDbContext db, IOptions<RectifyOptions> options, TimeProvider time)
{
    private const int KeyChunk = 500;

    public async Task<int> AddAsync(IReadOnlyList<Addressed> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return 0;
        var userIds = batch.SelectMany(b => b.UserIds).Distinct().ToArray();
        var unitIds = batch.SelectMany(b => b.UnitIds).Distinct().ToArray();
        var users = userIds.Length == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.IsActive)
            .Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var hooks = (unitIds.Length == 0 ? [] : await db.Set<WebhookEndpoint>().AsNoTracking()
            .Where(w => unitIds.Contains(w.UnitId) && w.IsActive).Select(w => new { w.Id, w.UnitId }).ToListAsync(ct))
            .ToLookup(w => w.UnitId, w => w.Id);
        var email = options.Value.Messaging.Smtp.IsConfigured;
        var now = time.GetUtcNow();

        var messages = new List<OutboxMessage>();
        foreach (var (notice, toUsers, toUnits) in batch)
        {
            foreach (var userId in toUsers.Distinct().Where(users.ContainsKey))
            {
                messages.Add(new OutboxMessage($"{notice.Key}|inbox:{userId:N}", Channel.Inbox, notice.Kind, notice.Title, notice.Body, notice.Link, now)
                    { RecipientUserId = userId, MeasureId = notice.MeasureId });
                if (email && !string.IsNullOrWhiteSpace(users[userId]))
                    messages.Add(new OutboxMessage($"{notice.Key}|email:{userId:N}", Channel.Email, notice.Kind, notice.Title, notice.Body, notice.Link, now)
                        { RecipientUserId = userId, EmailAddress = users[userId]!.Trim(), MeasureId = notice.MeasureId });
            }
            foreach (var hookId in toUnits.Distinct().SelectMany(u => hooks[u]).Distinct())
                messages.Add(new OutboxMessage($"{notice.Key}|webhook:{hookId:N}", Channel.Webhook, notice.Kind, notice.Title, notice.Body, notice.Link, now)
                    { WebhookId = hookId, MeasureId = notice.MeasureId });
        }

        var fresh = messages.DistinctBy(m => m.Key).ToList();
        var existing = db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.Key).ToHashSet();
        foreach (var chunk in fresh.Select(m => m.Key).Chunk(KeyChunk))
            existing.UnionWith(await db.Set<OutboxMessage>().Where(m => chunk.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct));
        fresh.RemoveAll(m => existing.Contains(m.Key));
        db.AddRange(fresh);
        return fresh.Count;
    }
}
