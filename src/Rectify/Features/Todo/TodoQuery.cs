using Microsoft.EntityFrameworkCore;
using Rectify.Features.Documents.Jobs;
using Rectify.Features.Rounds;
using Rectify.Features.Supervision.LookBacks;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Todo;

/// <summary>
/// 我的待办: what is the user's to do now, read from the measures' stored warnings (临期, 超期, 滞后, 缺进展) and
/// their state; every read starts from the user's scope (RoundAccess).
/// </summary>
public sealed class TodoQuery(RectifyDbContext db, RoundAccess access, UserScope user, TimeProvider time)
{
    public const int PageSize = 30;
    private const int FewReviews = 20_000;

    /// <summary>Open measures with a reason to act: a warning, or a close-out sent back. A request under review waits on the office.</summary>
    public static IQueryable<Measure> ToActOn(IQueryable<Measure> measures) => measures.Where(m =>
        m.Status != MeasureStatus.Closed && m.Status != MeasureStatus.CloseOutRequested
        && (m.IsOverdue || m.IsDueSoon || m.IsLagging || m.IsProgressMissing || (m.Status == MeasureStatus.InProgress && m.ReturnReason != null)));

    private TodoSummary? summary;

    /// <summary>The counts, read once per request: the page and the navbar both show them.</summary>
    public async Task<TodoSummary> SummaryAsync(CancellationToken ct)
    {
        if (summary is not null) return summary;
        if (!user.IsSignedIn) return TodoSummary.None;
        var scope = await user.LoadAsync(ct);
        return summary = scope.Role switch
        {
            Role.UnitStaff => await StaffSummaryAsync(ct),
            Role.Office => await OfficeSummaryAsync(scope, ct),
            _ => TodoSummary.None,
        };
    }

    private async Task<TodoSummary> StaffSummaryAsync(CancellationToken ct)
    {
        // One grouped query over the stored flags.
        var counts = await ToActOn(await access.VisibleMeasuresAsync(ct)).GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Overdue = g.Count(m => m.IsOverdue),
            DueSoon = g.Count(m => m.IsDueSoon),
            Returned = g.Count(m => m.Status == MeasureStatus.InProgress && m.ReturnReason != null),
            Lagging = g.Count(m => m.IsLagging),
            Missing = g.Count(m => m.IsProgressMissing),
        }).FirstOrDefaultAsync(ct);
        return counts is null ? TodoSummary.None
            : new TodoSummary(counts.Total, counts.Overdue, counts.DueSoon, counts.Returned, counts.Lagging, counts.Missing, 0, 0, 0);
    }

    /// <summary>The office's rounds, read once per request (also for the page's rows): the short id list lets PostgreSQL use the (round, status) indexes.</summary>
    private async Task<IReadOnlyList<Guid>> OfficeRoundsAsync(CancellationToken ct) => await access.WholeRoundsAsync(ct) ?? [];

    private async Task<TodoSummary> OfficeSummaryAsync(ScopeData scope, CancellationToken ct)
    {
        var roundIds = await OfficeRoundsAsync(ct);
        var today = time.Today();
        var reviews = await db.Set<Measure>().CountAsync(m => roundIds.Contains(m.RoundId) && m.Status == MeasureStatus.CloseOutRequested, ct);
        var lookBacks = await db.Set<LookBack>().CountAsync(l => roundIds.Contains(l.RoundId) && l.State == LookBackState.Pending && l.DueOn <= today, ct);
        var imports = await Imports(scope).CountAsync(ct);
        return TodoSummary.None with { Reviews = reviews, LookBacksDue = lookBacks, ImportsWaiting = imports };
    }

    /// <summary>The unit staff's measures to act on: overdue first, then returned, due soon, lagging, missing a report.</summary>
    public async Task<Page<TodoMeasureRow>> MeasuresAsync(int? page, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.UnitStaff) throw new ForbiddenException(PlatformErrors.Forbidden);
        var units = scope.UnitIds;
        var rows =
            from m in ToActOn(await access.VisibleMeasuresAsync(ct))
            join r in db.Set<Round>() on m.RoundId equals r.Id
            let returned = m.Status == MeasureStatus.InProgress && m.ReturnReason != null
            orderby m.IsOverdue descending, returned descending, m.IsDueSoon descending, m.IsLagging descending,
                m.TimeLimit == null, m.TimeLimit, m.Id
            select new TodoMeasureRow(m.Id, r.Id, r.Title, m.Label, m.Text,
                db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
                m.ResponsibleUnitId != null && units.Contains(m.ResponsibleUnitId.Value),
                m.Status, m.Kind, m.TimeLimit, m.TimeLimitUncertain, m.LatestPercent, m.LatestProgressOn,
                m.IsOverdue, m.IsDueSoon, m.IsLagging, m.IsProgressMissing, returned ? m.ReturnReason : null);
        return await rows.ToPageAsync(page, PageSize, ct);
    }

    /// <summary>
    /// The office's oldest close-out requests waiting for review, without sorting a province's hundred thousand waiting
    /// requests for a handful of rows.
    /// </summary>
    public async Task<IReadOnlyList<TodoReviewRow>> OldestReviewsAsync(int take, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        var roundIds = await OfficeRoundsAsync(ct);
        var waiting = (await SummaryAsync(ct)).Reviews;
        if (waiting == 0) return [];
        var measures = db.Set<Measure>().AsNoTracking().Where(m => roundIds.Contains(m.RoundId) && m.Status == MeasureStatus.CloseOutRequested);
        var pending = db.Set<CloseOut>().AsNoTracking().Where(c => c.Decision == CloseOutDecision.Pending);
        // Few waiting (a city's thousands): read their ids by round and sort their requests. Many (a province's hundred
        // thousand): walk all pending requests oldest first until enough are the office's. Either plan is a few ms
        // where it is chosen and hundreds where it is not, and PostgreSQL cannot tell which from the round list.
        IQueryable<CloseOut> requests;
        if (waiting <= FewReviews)
        {
            var waitingIds = await measures.Select(m => m.Id).ToArrayAsync(ct);
            requests = pending.Where(c => waitingIds.Contains(c.MeasureId));
        }
        else requests = from c in pending join m in measures on c.MeasureId equals m.Id select c;
        var top = await requests.OrderBy(c => c.RequestedAt).ThenBy(c => c.Id).Take(take)
            .Select(c => new { c.MeasureId, c.RequestedBy, c.RequestedAt }).ToListAsync(ct);
        var topIds = top.Select(t => t.MeasureId).ToList();
        var details = await db.Set<Measure>().AsNoTracking().Where(m => topIds.Contains(m.Id)).Select(m => new
        {
            m.Id,
            m.Label,
            m.Text,
            m.LatestPercent,
            Unit = db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
            Evidence = db.Set<Evidence>().Count(e => e.MeasureId == m.Id),
        }).ToDictionaryAsync(m => m.Id, ct);
        return top.Select(t => (Request: t, Measure: details[t.MeasureId]))
            .Select(x => new TodoReviewRow(x.Request.MeasureId, x.Measure.Label, x.Measure.Text, x.Measure.Unit, x.Measure.LatestPercent,
                x.Measure.Evidence, x.Request.RequestedBy, x.Request.RequestedAt)).ToList();
    }

    /// <summary>The office's sheet imports still queued or running.</summary>
    public async Task<IReadOnlyList<ImportWaitingRow>> ImportsAsync(CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        return await Imports(scope).OrderBy(i => i.CreatedAt)
            .Select(i => new ImportWaitingRow(i.Id, i.Kind, i.State, i.Phase, i.Done, i.Total, i.CreatedAt)).ToListAsync(ct);
    }

    private IQueryable<SheetImport> Imports(ScopeData scope) => db.Set<SheetImport>().AsNoTracking()
        .Where(i => i.UserId == scope.UserId && (i.State == SheetImportState.Queued || i.State == SheetImportState.Running));
}
