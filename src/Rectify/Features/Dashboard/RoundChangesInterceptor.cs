using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// Marks the rounds whose kept counts a save makes wrong — a measure added, changed or removed, a round's warning
/// settings changed — by adding a <see cref="RoundChange"/> in the same SaveChanges, so the mark commits or rolls back
/// with the change and the dashboard never reads counts older than an edit. Writers only insert: no lock, no conflict.
/// </summary>
public sealed class RoundChangesInterceptor : SavingInterceptor
{
    protected override Task ApplyAsync(DbContext context, CancellationToken ct)
    {
        var measures = context.ChangeTracker.Entries<Measure>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(e => new[] { e.Entity.RoundId, e.Property(m => m.RoundId).OriginalValue });
        var rounds = context.ChangeTracker.Entries<Round>().ToList();
        var settings = rounds.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id);
        // A round added or removed in this save has no kept counts to mark (they go with it by cascade).
        var comingOrGoing = rounds.Where(e => e.State is EntityState.Added or EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        foreach (var roundId in measures.Concat(settings).Distinct().Where(id => !comingOrGoing.Contains(id)).ToList())
            context.Add(new RoundChange { RoundId = roundId });
        return Task.CompletedTask;
    }
}
