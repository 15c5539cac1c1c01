using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The dashboard's figures in the user's scope. The counts of whole rounds (office, inspector) come from the kept counts
/// (<see cref="KeptCounts"/>), counted afresh only for rounds changed since; a leader's scope cuts across rounds and is
/// counted live (<see cref="LiveCounts"/>). The coming time limits are read by the (status, time limit) index.
/// </summary>
public sealed class DashboardQuery(RectifyDbContext db, RoundAccess access, LiveCounts live, KeptCounts kept, WorkingDayCalendar calendar, TimeProvider time)
{
    public const int UpcomingWorkingDays = 10;
    public const int UpcomingListed = 10;

    public async Task<DashboardDetails> HandleAsync(DashboardFilter filter, CancellationToken ct)
    {
        var today = time.Today();
        var measures = await ScopedAsync(filter, ct);
        var counts = await CountAsync(filter, measures, today, ct);
        var byUnit = counts.Units;
        var totals = new DashboardTotals(
            byUnit.Sum(u => u.Measures), byUnit.Sum(u => u.Closed), byUnit.Sum(u => u.StageResult), byUnit.Sum(u => u.InProgress),
            byUnit.Sum(u => u.NotStarted), byUnit.Sum(u => u.PendingReview), byUnit.Sum(u => u.Overdue), byUnit.Sum(u => u.DueSoon),
            byUnit.Sum(u => u.Lagging));
        var (groupedUnder, units) = await UnitGrouping.RollUpAsync(db, byUnit, filter.UnitId, ct);
        var due = await DueCountsAsync(measures, today, ct);
        return new DashboardDetails(today, groupedUnder, totals, units,
            ClosuresPerWeek(counts, today), UpcomingDays(due, today), await UpcomingAsync(measures, due, today, ct));
    }

    private async Task<IQueryable<Measure>> ScopedAsync(DashboardFilter filter, CancellationToken ct)
    {
        var measures = await access.VisibleMeasuresAsync(ct);
        if (filter.RoundId is { } roundId) measures = measures.Where(m => m.RoundId == roundId);
        if (filter.UnitId is { } unitId) measures = await measures.WithinAsync(db, unitId, ct);
        return measures;
    }

    /// <summary>The scope's counts by round and responsible unit: kept for whole rounds, else live.</summary>
    private async Task<ScopeCounts> CountAsync(DashboardFilter filter, IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
        if (await access.WholeRoundsAsync(ct) is not { } rounds) return ScopeCounts.Of(await live.CountAsync(measures, today, ct));
        if (filter.RoundId is { } roundId) rounds = rounds.Where(r => r == roundId).ToList();
        var units = filter.UnitId is { } unitId ? await ResponsibleUnitFilter.UnitsWithinAsync(db, unitId, ct) : null;
        return await kept.ReadAsync(rounds, units, today, ct);
    }

    private static IReadOnlyList<WeekClosures> ClosuresPerWeek(ScopeCounts counts, DateOnly today) =>
        counts.ClosedPerWeek.Select((closed, w) => new WeekClosures(LiveCounts.FirstWeek(today).AddDays(7 * w), closed)).ToList();

    /// <summary>Measures not settled per day of their time limit, from today to the last upcoming day (days with none left out).</summary>
    private async Task<Dictionary<DateOnly, int>> DueCountsAsync(IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
        var last = LastUpcomingDay(today);
        return await Open(measures).Where(m => m.TimeLimit >= today && m.TimeLimit <= last)
            .GroupBy(m => m.TimeLimit).Select(g => new { Day = g.Key!.Value, Count = g.Count() }).ToDictionaryAsync(g => g.Day, g => g.Count, ct);
    }

    private IReadOnlyList<DayDue> UpcomingDays(Dictionary<DateOnly, int> counts, DateOnly today)
    {
        var last = LastUpcomingDay(today);
        return Enumerable.Range(0, last.DayNumber - today.DayNumber + 1).Select(today.AddDays)
            .Where(d => calendar.IsWorkingDay(d) || counts.ContainsKey(d))
            .Select(d => new DayDue(d, counts.GetValueOrDefault(d))).ToList();
    }

    private async Task<IReadOnlyList<UpcomingMeasure>> UpcomingAsync(IQueryable<Measure> measures, Dictionary<DateOnly, int> counts, DateOnly today, CancellationToken ct)
    {
        // Only the days up to the one that holds the 10th nearest are read: the province has thousands of limits a day.
        var (last, listed) = (today, 0);
        foreach (var (day, count) in counts.OrderBy(c => c.Key))
        {
            (last, listed) = (day, listed + count);
            if (listed >= UpcomingListed) break;
        }
        if (listed == 0) return [];
        var rows = await (
            from m in Open(measures).Where(m => m.TimeLimit >= today && m.TimeLimit <= last)
            join r in db.Set<Round>() on m.RoundId equals r.Id
            orderby m.TimeLimit, r.Title, m.Label
            select new
            {
                m.Id,
                r.Title,
                m.Label,
                m.Text,
                TimeLimit = m.TimeLimit!.Value,
                m.Status,
                m.LatestPercent,
                Unit = db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
            }).Take(UpcomingListed).ToListAsync(ct);
        return rows.Select(r => new UpcomingMeasure(r.Id, r.Title, r.Label, r.Text, r.Unit, r.TimeLimit,
            calendar.WorkingDaysRemaining(today, r.TimeLimit).Days, r.Status, r.LatestPercent)).ToList();
    }

    /// <summary>The 10th working day counting today (when today is one).</summary>
    private DateOnly LastUpcomingDay(DateOnly today) => calendar.AddWorkingDays(today.AddDays(-1), UpcomingWorkingDays).Date;

    /// <summary>Not settled, named by the three statuses so PostgreSQL reads the (status, time limit, round) index.</summary>
    private static IQueryable<Measure> Open(IQueryable<Measure> measures) => measures.Where(m =>
        m.Status == MeasureStatus.NotStarted || m.Status == MeasureStatus.InProgress || m.Status == MeasureStatus.CloseOutRequested);
}
