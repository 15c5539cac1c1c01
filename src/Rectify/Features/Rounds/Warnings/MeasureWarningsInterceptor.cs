using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Warnings;

/// <summary>
/// Keeps a measure's stored warnings right whenever it is added or changed (progress, close-out, a new time limit),
/// in the same SaveChanges, so a ledger filtered on 滞后 never waits for the nightly refresh.
/// </summary>
public sealed class MeasureWarningsInterceptor(WorkingDayCalendar calendar, TimeProvider time) : SavingInterceptor
{
    protected override async Task ApplyAsync(DbContext context, CancellationToken ct)
    {
        var measures = context.ChangeTracker.Entries<Measure>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();
        if (measures.Count == 0) return;
        var settings = await SettingsAsync(context, measures.Select(m => m.RoundId).Distinct().ToList(), ct);
        var today = time.Today();
        foreach (var m in measures)
        {
            if (!settings.TryGetValue(m.RoundId, out var round)) continue;
            m.SetWarnings(ScheduledProgress.Lights(
                round.Input(m.Status, m.StartDate, m.TimeLimit, m.LatestPercent, m.Kind, m.LatestProgressOn, m.CloseOutRequestedOn), today, calendar), today);
        }
    }

    /// <summary>The rounds' settings: from the rounds in this unit of work, else read.</summary>
    private static async Task<Dictionary<Guid, RoundWarningSettings>> SettingsAsync(DbContext context, List<Guid> roundIds, CancellationToken ct)
    {
        var settings = context.ChangeTracker.Entries<Round>().Where(e => roundIds.Contains(e.Entity.Id))
            .ToDictionary(e => e.Entity.Id, e => RoundWarningSettings.Of(e.Entity));
        var missing = roundIds.Where(id => !settings.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var (id, read) in await RoundWarningSettings.ReadAsync(context.Set<Round>().Where(r => missing.Contains(r.Id)), ct))
                settings[id] = read;
        return settings;
    }
}
