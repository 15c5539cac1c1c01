using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The dashboard's figures in the user's scope, in four grouped queries whatever the number of measures: the lights are
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
        var byUnit = await CountByResponsibleUnitAsync(measures, today, ct);
        var totals = new DashboardTotals(
            byUnit.Sum(u => u.Measures), byUnit.Sum(u => u.Closed), byUnit.Sum(u => u.StageResult), byUnit.Sum(u => u.InProgress),
            byUnit.Sum(u => u.NotStarted), byUnit.Sum(u => u.PendingReview), byUnit.Sum(u => u.Overdue), byUnit.Sum(u => u.DueSoon),
            byUnit.Sum(u => u.Lagging));
        var (groupedUnder, units) = await UnitGrouping.RollUpAsync(db, byUnit, filter.UnitId, ct);
        return new DashboardDetails(today, groupedUnder, totals, units,
            await ClosuresPerWeekAsync(measures, today, ct), await UpcomingDaysAsync(measures, today, ct), await UpcomingAsync(measures, today, ct));
    }

    private async Task<IQueryable<Measure>> ScopedAsync(DashboardFilter filter, CancellationToken ct)
    {
        var measures = await access.VisibleMeasuresAsync(ct);
        if (filter.RoundId is { } roundId) measures = measures.Where(m => m.RoundId == roundId);
        if (filter.UnitId is { } unitId)
        {
            var path = await db.Set<Unit>().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "-";
            var units = db.Set<Unit>().Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            measures = measures.Where(m => m.ResponsibleUnitId != null && units.Contains(m.ResponsibleUnitId.Value));
        }
        return measures;
    }

    private async Task<List<ResponsibleUnitCounts>> CountByResponsibleUnitAsync(IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
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
            let total = limitAt - startAt
            let elapsed = (m.TimeLimit < today ? limitAt : todayAt) - startAt
            select new
            {
                m.ResponsibleUnitId, m.Status,
                // The ledger summary's rule: long-term measures are never counted overdue.
                Overdue = open && m.Kind != MeasureKind.LongTerm && m.TimeLimit < today,
                // At most DueSoonDays working days left, counting today: the working days in (yesterday, limit].
                DueSoon = open && m.TimeLimit >= today && limitAt - yesterdayAt <= r.DueSoonDays,
                Lagging = open && m.TimeLimit != null && start != null && (total > 0
                    ? (m.LatestPercent + r.LaggingMargin) * total < 100 * (elapsed > 0 ? elapsed : 0)
                    : m.LatestPercent + r.LaggingMargin < (m.TimeLimit <= today ? 100 : 0)),
            };
        return await lit.GroupBy(m => m.ResponsibleUnitId).Select(g => new ResponsibleUnitCounts(
                g.Key, g.Count(),
                g.Count(m => m.Status == MeasureStatus.Closed), g.Count(m => m.Status == MeasureStatus.StageResult),
                g.Count(m => m.Status == MeasureStatus.InProgress), g.Count(m => m.Status == MeasureStatus.NotStarted),
                g.Count(m => m.Status == MeasureStatus.CloseOutRequested),
                g.Count(m => m.Overdue), g.Count(m => m.DueSoon), g.Count(m => m.Lagging)))
            .ToListAsync(ct);
    }

    private static async Task<IReadOnlyList<WeekClosures>> ClosuresPerWeekAsync(IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
        var thisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var from = thisWeek.AddDays(-7 * (Weeks - 1));
        var days = await measures.Where(m => m.Status == MeasureStatus.Closed && m.ClosedOn >= from && m.ClosedOn <= today)
            .GroupBy(m => m.ClosedOn).Select(g => new { Day = g.Key!.Value, Count = g.Count() }).ToListAsync(ct);
        return Enumerable.Range(0, Weeks).Select(w => from.AddDays(7 * w))
            .Select(week => new WeekClosures(week, days.Where(d => d.Day >= week && d.Day < week.AddDays(7)).Sum(d => d.Count))).ToList();
    }

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

    private static IQueryable<Measure> Open(IQueryable<Measure> measures) =>
        measures.Where(m => m.Status != MeasureStatus.Closed && m.Status != MeasureStatus.StageResult);
}

/// <summary>The grouped counts of one responsible unit (null: none named), before rolling up.</summary>
public sealed record ResponsibleUnitCounts(
    Guid? UnitId, int Measures, int Closed, int StageResult, int InProgress, int NotStarted, int PendingReview, int Overdue, int DueSoon, int Lagging);
