using Microsoft.EntityFrameworkCore;
using Rectify.Features.Appeals;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// The kept dispatches a user may read: the office and leaders those of offices in their scope, inspectors all (as the
/// bulletins); unit staff none (403). One dispatch with the changes since the previous one of its scope.
/// </summary>
public sealed class DispatchQuery(RectifyDbContext db, UserScope user)
{
    public async Task<Page<DispatchSummaryRow>> ListAsync(Guid? roundId, int? page, int? pageSize, CancellationToken ct)
    {
        var dispatches = await VisibleAsync(ct);
        if (roundId is { } r) dispatches = dispatches.Where(d => d.RoundId == r);
        var (number, size) = Paging.Normalize(page, pageSize);
        var total = await dispatches.CountAsync(ct);
        var rows = await dispatches.OrderByDescending(d => d.IssuedAt).ThenByDescending(d => d.Number).ThenByDescending(d => d.Id).Skip((number - 1) * size).Take(size)
            .Select(d => new
            {
                d.Id, d.Number, d.Title, d.RoundId, d.Round, d.PeriodFrom, d.PeriodTo, d.IssuedOn, d.IssuedBy, Units = d.Units.Count(u => u.Rank != null),
                Measures = d.Units.Sum(u => u.Measures), Completed = d.Units.Sum(u => u.Closed + u.StageResult),
            }).ToListAsync(ct);
        return new Page<DispatchSummaryRow>(rows.Select(d => new DispatchSummaryRow(d.Id, d.Number, d.Title, d.RoundId, d.Round, d.PeriodFrom,
            d.PeriodTo, d.IssuedOn, d.IssuedBy, d.Units, d.Measures, DispatchRanking.Rate(d.Completed, d.Measures))).ToList(), total, number, size);
    }

    public async Task<DispatchDetails> GetAsync(Guid id, CancellationToken ct)
    {
        var dispatch = await (await VisibleAsync(ct)).Where(d => d.Id == id).Select(d => new
            {
                d.Id, d.Number, d.Title, d.OfficeUnitId, d.Office, d.RoundId, d.Round, d.PeriodFrom, d.PeriodTo, d.IssuedOn, d.IssuedBy, d.IssuedAt,
                d.PreviousDispatchId,
                PreviousNumber = db.Set<Dispatch>().Where(p => p.Id == d.PreviousDispatchId).Select(p => (int?)p.Number).FirstOrDefault(),
            }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException(DispatchErrors.NotFound);
        var ids = dispatch.PreviousDispatchId is { } previousId ? new[] { id, previousId } : [id];
        var units = (await db.Set<DispatchUnit>().AsNoTracking().Where(u => ids.Contains(u.DispatchId)).OrderBy(u => u.Position)
            .Select(u => new
            {
                u.DispatchId, Row = new DispatchUnitRow(u.Position, u.Rank, u.UnitId, u.Unit, u.Measures, u.Closed, u.StageResult, u.InProgress,
                    u.DueSoon, u.Overdue, u.Lagging, u.CompletedInPeriod, u.CompletionRate, null),
            }).ToListAsync(ct)).ToLookup(u => u.DispatchId, u => u.Row);
        var before = units[dispatch.PreviousDispatchId ?? Guid.Empty].ToDictionary(u => u.UnitId ?? Guid.Empty);
        var rows = units[id].Select(u => u with { Change = DispatchRanking.Change(u, before.GetValueOrDefault(u.UnitId ?? Guid.Empty)) }).ToList();
        var measures = await db.Set<DispatchMeasure>().AsNoTracking().Where(m => m.DispatchId == id).OrderBy(m => m.Position)
            .Select(m => new DispatchMeasureRow(m.Position, m.MeasureId, m.Warning, m.Round, m.Text, m.Unit, m.TimeLimit, m.DaysOverdue, m.Percent))
            .ToListAsync(ct);
        AppealRatesReport? appeals = null;
        if (dispatch.RoundId is null)
        {
            var lines = await db.Set<DispatchAppealUnit>().AsNoTracking().Where(a => a.DispatchId == id).OrderBy(a => a.Position).ToListAsync(ct);
            appeals = AppealRatesQuery.Report(dispatch.PeriodFrom, dispatch.PeriodTo, lines.Select(a => a.Figures()).ToList());
        }
        return new DispatchDetails(dispatch.Id, dispatch.Number, dispatch.Title, dispatch.OfficeUnitId, dispatch.Office, dispatch.RoundId, dispatch.Round,
            dispatch.PeriodFrom, dispatch.PeriodTo, dispatch.IssuedOn, dispatch.IssuedBy, dispatch.IssuedAt, dispatch.PreviousDispatchId,
            dispatch.PreviousNumber, Totals(rows, dispatch.PreviousDispatchId is null ? null : before.Values), rows, measures, appeals);
    }

    /// <summary>
    /// 末位约谈: per scope the user sees, the units last in both its latest dispatch and the one before. A unit alone in
    /// a ranking, or sharing first place with all, is not last (its rank must be above 1).
    /// </summary>
    public async Task<IReadOnlyList<LastPlacedUnit>> LastInTwoConsecutiveAsync(CancellationToken ct)
    {
        var dispatches = await VisibleAsync(ct);
        var latest = dispatches.Where(d => d.PreviousDispatchId != null && !dispatches.Any(o => o.ScopeKey == d.ScopeKey && o.Number > d.Number));
        var lastLines = db.Set<DispatchUnit>().Where(u => u.UnitId != null && u.Rank > 1
            && u.Rank == db.Set<DispatchUnit>().Where(o => o.DispatchId == u.DispatchId).Max(o => o.Rank));
        var pairs = await (from d in latest
                           join now in lastLines on d.Id equals now.DispatchId
                           join before in lastLines on new { DispatchId = d.PreviousDispatchId!.Value, now.UnitId } equals new { before.DispatchId, before.UnitId }
                           select new { UnitId = now.UnitId!.Value, now.Unit, now.Overdue, now.Lagging, d.Title }).ToListAsync(ct);
        return pairs.Select(p => new LastPlacedUnit(p.UnitId, p.Unit, p.Overdue, p.Lagging, p.Title)).ToList();
    }

    private static DispatchTotals Totals(IReadOnlyCollection<DispatchUnitRow> units, IEnumerable<DispatchUnitRow>? previous)
    {
        int Sum(Func<DispatchUnitRow, int> f) => units.Sum(f);
        var measures = Sum(u => u.Measures);
        var completed = Sum(u => u.Closed + u.StageResult);
        double? before = previous?.ToList() is { } p ? DispatchRanking.Rate(p.Sum(u => u.Closed + u.StageResult), p.Sum(u => u.Measures)) : null;
        return new DispatchTotals(measures, Sum(u => u.Closed), Sum(u => u.StageResult), Sum(u => u.InProgress), Sum(u => u.DueSoon),
            Sum(u => u.Overdue), Sum(u => u.Lagging), Sum(u => u.CompletedInPeriod), DispatchRanking.Rate(completed, measures), before);
    }

    private async Task<IQueryable<Dispatch>> VisibleAsync(CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var dispatches = db.Set<Dispatch>().AsNoTracking();
        return scope.Role switch
        {
            Role.Office or Role.Leader => dispatches.Where(d => scope.UnitIds.Contains(d.OfficeUnitId)),
            Role.Inspector => dispatches,
            _ => throw new ForbiddenException(DispatchErrors.NotForStaff),
        };
    }
}
