using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>The ledger (台账): the visible measures, filtered, sorted and paged in SQL.</summary>
public sealed class LedgerQuery(RectifyDbContext db, RoundAccess access, WorkingDayCalendar calendar, TimeProvider time)
{
    public async Task<Page<LedgerRow>> HandleAsync(LedgerFilter filter, CancellationToken ct)
    {
        var today = time.Today();
        var measures = await FilteredAsync(filter, today, ct);
        var rows =
            from m in measures
            join p in db.Set<Problem>() on m.ProblemId equals p.Id
            join r in db.Set<Round>() on m.RoundId equals r.Id
            select new { m, p, r };
        rows = (filter.Sort, filter.Desc) switch
        {
            ("timeLimit", false) => rows.OrderBy(x => x.m.TimeLimit == null).ThenBy(x => x.m.TimeLimit).ThenBy(x => x.m.Id),
            ("timeLimit", true) => rows.OrderByDescending(x => x.m.TimeLimit).ThenBy(x => x.m.Id),
            ("unit", _) => rows.OrderBy(x => x.m.ResponsibleUnitId).ThenBy(x => x.p.SortKey).ThenBy(x => x.m.SortOrder),
            ("status", false) => rows.OrderBy(x => x.m.Status).ThenBy(x => x.m.Id),
            ("status", true) => rows.OrderByDescending(x => x.m.Status).ThenBy(x => x.m.Id),
            ("progress", false) => rows.OrderBy(x => x.m.LatestPercent).ThenBy(x => x.m.Id),
            ("progress", true) => rows.OrderByDescending(x => x.m.LatestPercent).ThenBy(x => x.m.Id),
            (_, true) => rows.OrderByDescending(x => x.r.CreatedAt).ThenByDescending(x => x.p.SortKey).ThenByDescending(x => x.m.SortOrder),
            _ => rows.OrderBy(x => x.r.CreatedAt).ThenBy(x => x.r.Id).ThenBy(x => x.p.SortKey).ThenBy(x => x.m.SortOrder),
        };
        var page = await rows.Select(x => new
        {
            x.m.Id, x.m.RoundId, RoundTitle = x.r.Title, x.m.ProblemId, ProblemLabel = x.p.Label, ProblemTitle = x.p.Title, x.p.SectionId,
            x.m.Label, x.m.Text, x.m.Kind, x.m.LeadLeader, x.m.ResponsibleLeader, x.m.ResponsibleUnitId,
            ResponsibleUnit = db.Set<Unit>().Where(u => u.Id == x.m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
            x.m.ResponsiblePerson, x.m.StartDate, x.r.FeedbackDate, x.m.TimeLimit, x.m.TimeLimitUncertain, x.m.Status,
            x.m.LatestPercent, x.m.LatestProgressOn, x.m.LatestProgressText, x.m.ReturnReason, x.m.Version,
            x.r.DueSoonDays, x.r.LaggingMargin,
        }).ToPageAsync(filter.Page, filter.PageSize, ct);

        var ids = page.Items.Select(i => i.Id).ToList();
        var cooperating = (await (from c in db.Set<MeasureCooperatingUnit>()
                                  join u in db.Set<Unit>() on c.UnitId equals u.Id
                                  where ids.Contains(c.MeasureId)
                                  select new { c.MeasureId, u.ShortName }).ToListAsync(ct))
            .ToLookup(c => c.MeasureId, c => c.ShortName);
        var paths = await SectionPaths.LoadAsync(db, page.Items.Select(i => i.RoundId).Distinct().ToList(), ct);

        var items = page.Items.Select(i => new LedgerRow(
            i.Id, i.RoundId, i.RoundTitle, i.ProblemId, i.ProblemLabel, i.ProblemTitle, paths.PathOf(i.SectionId),
            i.Label, i.Text, i.Kind, i.LeadLeader, i.ResponsibleLeader, i.ResponsibleUnitId, i.ResponsibleUnit,
            cooperating[i.Id].ToList(), i.ResponsiblePerson, i.TimeLimit, i.TimeLimitUncertain, i.Status, i.LatestPercent,
            i.LatestProgressOn, i.LatestProgressText, i.ReturnReason,
            ScheduledProgress.Lights(new MeasureLightInput(i.Status, i.StartDate, i.FeedbackDate, i.TimeLimit, i.LatestPercent, i.DueSoonDays, i.LaggingMargin), today, calendar),
            i.Version)).ToList();
        return new Page<LedgerRow>(items, page.Total, page.PageNumber, page.PageSize);
    }

    /// <summary>The visible measures narrowed by the filter; shared with the summary and exports.</summary>
    public async Task<IQueryable<Measure>> FilteredAsync(LedgerFilter filter, DateOnly today, CancellationToken ct)
    {
        var measures = await access.VisibleMeasuresAsync(ct);
        if (filter.RoundId is { } roundId) measures = measures.Where(m => m.RoundId == roundId);
        if (filter.MeasureId is { } measureId) measures = measures.Where(m => m.Id == measureId);
        if (filter.Status is { } status) measures = measures.Where(m => m.Status == status);
        if (filter.Kind is { } kind) measures = measures.Where(m => m.Kind == kind);
        if (filter.UnitId is { } unitId)
        {
            var path = await db.Set<Unit>().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "-";
            var units = db.Set<Unit>().Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            measures = measures.Where(m => m.ResponsibleUnitId != null && units.Contains(m.ResponsibleUnitId.Value));
        }
        if (!string.IsNullOrWhiteSpace(filter.Leader))
        {
            var leader = filter.Leader.Trim();
            measures = measures.Where(m => m.LeadLeader == leader || m.ResponsibleLeader == leader);
        }
        if (filter.Overdue || filter.DueSoon) measures = measures.Where(m => m.Status != MeasureStatus.Closed && m.Status != MeasureStatus.StageResult);
        if (filter.Overdue) measures = measures.Where(m => m.TimeLimit < today);
        if (filter.DueSoon)
        {
            // Due soon: at most N working days left counting today, i.e. before the (N+1)-th working day from today.
            var days = await DueSoonDaysAsync(filter.RoundId, ct);
            var before = calendar.AddWorkingDays(today.AddDays(-1), days + 1).Date;
            measures = measures.Where(m => m.TimeLimit >= today && m.TimeLimit < before);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = "%" + LikePattern.Escape(filter.Text.Trim()) + "%";
            var problems = db.Set<Problem>().Where(p => EF.Functions.Like(p.Title, pattern, LikePattern.EscapeChar)).Select(p => p.Id);
            measures = measures.Where(m => EF.Functions.Like(m.Text, pattern, LikePattern.EscapeChar) || problems.Contains(m.ProblemId));
        }
        return measures;
    }

    private async Task<int> DueSoonDaysAsync(Guid? roundId, CancellationToken ct) =>
        roundId is { } id ? await db.Set<Round>().Where(r => r.Id == id).Select(r => r.DueSoonDays).FirstOrDefaultAsync(ct) : 5;
}
