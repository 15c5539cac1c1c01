using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The dashboard's figures in the user's scope, in three queries whatever the number of measures: the lights are
/// computed in SQL from working-day ordinals (<see cref="WorkingDayOrdinals"/>) by the rules of <see cref="ScheduledProgress"/>.
/// </summary>
public sealed class DashboardQuery(RectifyDbContext db, RoundAccess access, WorkingDayCalendar calendar, TimeProvider time)
{
    public const int Weeks = 12;
    public const int UpcomingWorkingDays = 10;
    public const int UpcomingListed = 10;

    public async Task<DashboardDetails> HandleAsync(DashboardFilter filter, CancellationToken ct)
    {
        var today = time.Today();
        var measures = await ScopedAsync(filter, ct);
        var byUnit = await CountByResponsibleUnitAsync(measures, today, FirstWeek(today), ct);
        var totals = new DashboardTotals(
            byUnit.Sum(u => u.Measures), byUnit.Sum(u => u.Closed), byUnit.Sum(u => u.StageResult), byUnit.Sum(u => u.InProgress),
            byUnit.Sum(u => u.NotStarted), byUnit.Sum(u => u.PendingReview), byUnit.Sum(u => u.Overdue), byUnit.Sum(u => u.DueSoon),
            byUnit.Sum(u => u.Lagging));
        var (groupedUnder, units) = await UnitGrouping.RollUpAsync(db, byUnit, filter.UnitId, ct);
        return new DashboardDetails(today, groupedUnder, totals, units,
            ClosuresPerWeek(byUnit, today), await UpcomingDaysAsync(measures, today, ct), await UpcomingAsync(measures, today, ct));
    }

    private async Task<IQueryable<Measure>> ScopedAsync(DashboardFilter filter, CancellationToken ct)
    {
        var measures = await access.VisibleMeasuresAsync(ct);
        if (filter.RoundId is { } roundId) measures = measures.Where(m => m.RoundId == roundId);
        if (filter.UnitId is { } unitId) measures = await measures.WithinAsync(db, unitId, ct);
        return measures;
    }

    /// <summary>One pass over the measures, grouped by responsible unit and by the week of their close-out (-1: none in the weeks shown).</summary>
    private async Task<List<ResponsibleUnitCounts>> CountByResponsibleUnitAsync(IQueryable<Measure> measures, DateOnly today, DateOnly firstWeek, CancellationToken ct)
    {
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
                m.ResponsibleUnitId, m.Status,
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
        return await lit.GroupBy(m => new { m.ResponsibleUnitId, m.ClosedWeek }).Select(g => new ResponsibleUnitCounts(
                g.Key.ResponsibleUnitId, g.Key.ClosedWeek, g.Count(),
                g.Count(m => m.Status == MeasureStatus.Closed), g.Count(m => m.Status == MeasureStatus.StageResult),
                g.Count(m => m.Status == MeasureStatus.InProgress), g.Count(m => m.Status == MeasureStatus.NotStarted),
                g.Count(m => m.Status == MeasureStatus.CloseOutRequested),
                g.Count(m => m.Overdue), g.Count(m => m.DueSoon), g.Count(m => m.Lagging)))
            .ToListAsync(ct);
    }

    private static DateOnly FirstWeek(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7 * (Weeks - 1));

    private static IReadOnlyList<WeekClosures> ClosuresPerWeek(IReadOnlyList<ResponsibleUnitCounts> counts, DateOnly today) =>
        Enumerable.Range(0, Weeks).Select(w => new WeekClosures(FirstWeek(today).AddDays(7 * w), counts.Where(c => c.ClosedWeek == w).Sum(c => c.Measures))).ToList();

    private async Task<IReadOnlyList<DayDue>> UpcomingDaysAsync(IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
        var last = LastUpcomingDay(today);
        var counts = await Open(measures).Where(m => m.TimeLimit >= today && m.TimeLimit <= last)
            .GroupBy(m => m.TimeLimit).Select(g => new { Day = g.Key!.Value, Count = g.Count() }).ToDictionaryAsync(g => g.Day, g => g.Count, ct);
        return Enumerable.Range(0, last.DayNumber - today.DayNumber + 1).Select(today.AddDays)
            .Where(d => calendar.IsWorkingDay(d) || counts.ContainsKey(d))
            .Select(d => new DayDue(d, counts.GetValueOrDefault(d))).ToList();
    }

    private async Task<IReadOnlyList<UpcomingMeasure>> UpcomingAsync(IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
        var last = LastUpcomingDay(today);
        var rows = await (
            from m in Open(measures).Where(m => m.TimeLimit >= today && m.TimeLimit <= last)
            join r in db.Set<Round>() on m.RoundId equals r.Id
            orderby m.TimeLimit, r.Title, m.Label
            select new
            {
                m.Id, r.Title, m.Label, m.Text, TimeLimit = m.TimeLimit!.Value, m.Status, m.LatestPercent,
                Unit = db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
            }).Take(UpcomingListed).ToListAsync(ct);
        return rows.Select(r => new UpcomingMeasure(r.Id, r.Title, r.Label, r.Text, r.Unit, r.TimeLimit,
            calendar.WorkingDaysRemaining(today, r.TimeLimit).Days, r.Status, r.LatestPercent)).ToList();
    }

    /// <summary>The 10th working day counting today (when today is one).</summary>
    private DateOnly LastUpcomingDay(DateOnly today) => calendar.AddWorkingDays(today.AddDays(-1), UpcomingWorkingDays).Date;

    /// <summary>Not settled, named by the three statuses so PostgreSQL reads the (status, time limit) index.</summary>
    private static IQueryable<Measure> Open(IQueryable<Measure> measures) => measures.Where(m =>
        m.Status == MeasureStatus.NotStarted || m.Status == MeasureStatus.InProgress || m.Status == MeasureStatus.CloseOutRequested);
}
