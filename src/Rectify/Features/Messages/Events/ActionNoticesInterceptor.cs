using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Supervision.Reminders;
using Rectify.Platform;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.Features.Messages.Events;

/// <summary>
/// Tells people of what they must act on — a measure assigned to their unit, a close-out returned, a rebound, a talk —
/// from the changes being saved, in the same SaveChanges: the actions stay unaware of messages, a message exists
/// exactly when its event does, and each is keyed so that it is written once.
/// </summary>
public sealed class ActionNoticesInterceptor(IOptions<RectifyOptions> options, TimeProvider time) : SavingInterceptor
{
    protected override async Task ApplyAsync(DbContext context, CancellationToken ct)
    {
        if (context is not RectifyDbContext db) return;
        var events = SavedEvents.Read(db.ChangeTracker);
        if (events.IsEmpty) return;
        var notices = await new ActionNotices(db, new Recipients(db)).ComposeAsync(events, ct);
        await new OutboxWriter(db, options, time).AddAsync(notices, ct);
    }
}
