using Microsoft.EntityFrameworkCore;
using Rectify.Features.Documents.Jobs;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Review;
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
public sealed class TodoQuery(RectifyDbContext db, RoundAccess access, UserScope user, IKeptLedgerFigures kept, ReviewQueue reviews, TimeProvider time)
{
    public const int PageSize = 30;

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
        // The requests awaiting review as the ledger's kept figures hold them per round (1–2 ms for a province's 500 rounds,
        // where counting its 100,000 requests took 8–12).
        var reviews = (await kept.ReadAsync(roundIds, LedgerView.All, today, ct)).PendingReview;
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

    /// <summary>The office's oldest close-out requests waiting for review: the head of its review queue.</summary>
    public async Task<IReadOnlyList<TodoReviewRow>> OldestReviewsAsync(int take, CancellationToken ct) =>
        (await reviews.HandleAsync(null, 1, take, ct)).Items
            .Select(r => new TodoReviewRow(r.MeasureId, r.MeasureLabel, r.Text, r.ResponsibleUnit, r.LatestPercent, r.EvidenceCount, r.RequestedBy, r.RequestedAt))
            .ToList();

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
