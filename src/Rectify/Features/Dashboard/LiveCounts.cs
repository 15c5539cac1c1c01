using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// Counts measures in SQL, by round and responsible unit, with the closures of each week shown and the lights computed from
/// working-day ordinals (<see cref="WorkingDayOrdinals"/>) by the rules of <see cref="ScheduledProgress"/>. One pass over
/// the measures given; no measure is loaded.
/// </summary>
public sealed class LiveCounts(RectifyDbContext db, WorkingDayCalendar calendar)
{
    public const int Weeks = 12;

    /// <summary>The Monday that starts the first of the weeks shown.</summary>
    public static DateOnly FirstWeek(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7 * (Weeks - 1));

    /// <summary>Counts as of today, one per round and responsible unit (none: <see cref="Guid.Empty"/>).</summary>
    public async Task<List<KeptCount>> CountAsync(IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
        var firstWeek = FirstWeek(today);
        var firstWeekDay = firstWeek.DayNumber;
        var ordinals = WorkingDayOrdinals.Around(today, calendar);
        var at = ordinals.At;
        var first = ordinals.FirstDayNumber;
        var todayAt = ordinals.Of(today);
        var yesterdayAt = ordinals.Of(today.AddDays(-1));
        var lit =
            from m in measures
            join r in db.Set<Round>() on m.RoundId equals r.Id
            let open = m.Status != MeasureStatus.Closed && m.Status != MeasureStatus.StageResult
            let start = m.StartDate ?? r.FeedbackDate
            let limitAt = at[m.TimeLimit!.Value.DayNumber - first]
            let startAt = at[start!.Value.DayNumber - first]
            select new
            {
                m.RoundId,
                m.ResponsibleUnitId,
                m.Status,
                ClosedWeek = m.Status == MeasureStatus.Closed && m.ClosedOn >= firstWeek && m.ClosedOn <= today ? (m.ClosedOn!.Value.DayNumber - firstWeekDay) / 7 : -1,
                // The ledger summary's rule: long-term measures are never counted overdue.
                Overdue = open && m.Kind != MeasureKind.LongTerm && m.TimeLimit < today,
                // At most DueSoonDays working days left, counting today: the working days in (yesterday, limit].
                DueSoon = open && m.TimeLimit >= today && limitAt - yesterdayAt <= r.DueSoonDays,
                // ScheduledProgress.IsLagging with percent and margin never negative: past its limit a measure is due in full;
                // before it, (percent + margin) × working days from start to limit < 100 × working days elapsed.
                Lagging = open && m.TimeLimit != null && start != null && (m.TimeLimit <= today
                    ? m.LatestPercent + r.LaggingMargin < 100
                    : limitAt > startAt && (m.LatestPercent + r.LaggingMargin) * (limitAt - startAt) < 100 * (todayAt - startAt)),
            };
        var groups = await lit.GroupBy(m => new { m.RoundId, m.ResponsibleUnitId, m.ClosedWeek }).Select(g => new
        {
            g.Key.RoundId,
            g.Key.ResponsibleUnitId,
            g.Key.ClosedWeek,
            Measures = g.Count(),
            Closed = g.Count(m => m.Status == MeasureStatus.Closed),
            StageResult = g.Count(m => m.Status == MeasureStatus.StageResult),
            InProgress = g.Count(m => m.Status == MeasureStatus.InProgress),
            NotStarted = g.Count(m => m.Status == MeasureStatus.NotStarted),
            PendingReview = g.Count(m => m.Status == MeasureStatus.CloseOutRequested),
            Overdue = g.Count(m => m.Overdue),
            DueSoon = g.Count(m => m.DueSoon),
            Lagging = g.Count(m => m.Lagging),
        })
            .ToListAsync(ct);
        // Grouped by close-out week in SQL (one pass), folded here into one row per round and unit.
        return groups.GroupBy(g => (g.RoundId, UnitId: g.ResponsibleUnitId ?? Guid.Empty)).Select(round =>
        {
            var count = new KeptCount { RoundId = round.Key.RoundId, UnitId = round.Key.UnitId, CountedOn = today };
            foreach (var g in round)
            {
                count.Add(new KeptCount
                {
                    Measures = g.Measures,
                    Closed = g.Closed,
                    StageResult = g.StageResult,
                    InProgress = g.InProgress,
                    NotStarted = g.NotStarted,
                    PendingReview = g.PendingReview,
                    Overdue = g.Overdue,
                    DueSoon = g.DueSoon,
                    Lagging = g.Lagging,
                });
                if (g.ClosedWeek >= 0) count.ClosedPerWeek[g.ClosedWeek] += g.Measures;
            }
            return count;
        }).ToList();
    }
}
