using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds;

/// <summary>
/// Stamps a measure's <see cref="Measure.ChangedAt"/> in the save that adds it, changes what people set on it, or changes
/// its cooperating units; derived values (the warning flags) are not a change. The ledger sorts by it (最近更新).
/// </summary>
public sealed class MeasureChangeStamp(TimeProvider time) : SavingInterceptor
{
    protected override Task ApplyAsync(DbContext context, CancellationToken ct)
    {
        var tracker = context.ChangeTracker;
        var cooperation = tracker.Entries<MeasureCooperatingUnit>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted).Select(e => e.Entity.MeasureId).ToHashSet();
        var now = time.GetUtcNow();
        foreach (var entry in tracker.Entries<Measure>())
        {
            var changed = entry.State == EntityState.Added
                || (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && !IsDerived(p)))
                || (entry.State != EntityState.Deleted && cooperation.Contains(entry.Entity.Id));
            if (changed) entry.Property(m => m.ChangedAt).CurrentValue = now;
        }
        return Task.CompletedTask;
    }

    private static bool IsDerived(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry property) =>
        property.Metadata.PropertyInfo?.IsDefined(typeof(DerivedAttribute), false) == true;
}
