using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>The ledger (台账): the visible measures, filtered, sorted and paged in SQL.</summary>
public sealed class LedgerQuery(
    RectifyDbContext db, RoundAccess access, LedgerPages pages, LedgerTotals totals, IKeptLedgerFigures kept, WorkingDayCalendar calendar, TimeProvider time,
    IOptions<LedgerOptions> options)
{
    private const int MaxListedProblems = 2000;
    internal static readonly MeasureStatus[] OpenStatuses = Enum.GetValues<MeasureStatus>().Where(s => s != MeasureStatus.Closed).ToArray();
    // The problems matching a search and the units under a unit filter, read once per request (the view and its estimate narrow alike).
    private (string Pattern, List<Guid> Ids)? listedProblems;
    private (Guid UnitId, List<Guid> Units)? unitsWithin;

    /// <param name="knownTotal">The view's exact size when the caller has it (the page's summary counts the same view): not counted again.</param>
    public async Task<LedgerPage> HandleAsync(LedgerFilter filter, CancellationToken ct, int? knownTotal = null)
    {
        var today = time.Today();
        var (number, size) = Paging.Normalize(filter.Page, filter.PageSize);
        var skip = (number - 1) * size;
        var order = CursorOrder(filter);
        var after = LedgerCursor.Decode(filter.After, order);
        var measures = await FilteredAsync(filter, today, ct);
        // Whole rounds in a kept view: the rows of each round are kept (exact, a few milliseconds), so the view is neither
        // counted nor estimated, and a numbered page of the outline is located from them.
        var keptPerRound = knownTotal is null || (order == LedgerCursor.Kind.Outline && after is null && skip > 0)
            ? await KeptPerRoundAsync(filter, today, ct) : null;
        knownTotal ??= keptPerRound?.Values.Sum();
        var estimate = knownTotal is null ? await EstimateAsync(filter, measures, ct) : null;
        int total;
        LedgerPages.Result page;
        switch (order)
        {
            case LedgerCursor.Kind.Outline:
                // The rows of each round locate a numbered page and sum to the total; an estimated or already counted view
                // skips them unless a numbered page needs them.
                var perRound = keptPerRound;
                if (perRound is null && ((estimate ?? knownTotal) is null || (after is null && skip > 0)))
                    perRound = await measures.GroupBy(m => m.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
                // All the rounds of the view, also those without rows: a cursor's round stays in the list when its last row
                // no longer matches the filter.
                IReadOnlyList<Guid> rounds = filter.RoundId is { } roundId ? [roundId]
                    : await access.WholeRoundsAsync(ct) ?? await RoundOrder(await access.VisibleRoundsAsync(ct)).ToListAsync(ct);
                total = knownTotal ?? estimate ?? perRound!.Values.Sum();
                page = await pages.OutlineAsync(measures, rounds, perRound, after, skip, size, ct);
                break;
            case LedgerCursor.Kind.TimeLimit:
                // A deep numbered page of a view small enough to count is located from its rows per time limit, which also
                // sum to its total; a larger view (estimated, or known above the bound) skips its rows along the index.
                var perLimit = after is null && skip >= options.Value.LocateTimeLimitPagesFrom && estimate is null
                    && (knownTotal ?? 0) <= options.Value.LocateTimeLimitPagesWithin
                    ? await measures.GroupBy(m => m.TimeLimit).Select(g => new LedgerPages.LimitCount(g.Key, g.Count())).ToListAsync(ct)
                    : null;
                total = knownTotal ?? estimate ?? perLimit?.Sum(c => c.Count) ?? await measures.CountAsync(ct);
                page = await pages.ByTimeLimitAsync(measures, filter.Desc, after, skip, size, perLimit, ct);
                break;
            case LedgerCursor.Kind.Changed:
                total = knownTotal ?? estimate ?? await measures.CountAsync(ct);
                page = await pages.ByChangeAsync(measures, filter.Desc, after, skip, size, ct);
                break;
            default:
                total = knownTotal ?? estimate ?? await measures.CountAsync(ct);
                page = new(await LedgerOrder.PageIds(measures, db.Set<Problem>(), db.Set<Round>(), filter.Sort, filter.Desc).Skip(skip).Take(size).ToListAsync(ct), null);
                break;
        }
        return new LedgerPage(await RowsAsync(page.Ids, today, ct), total, estimate is not null, number, size, page.Next?.Encode())
        {
            ByKey = order is not null,
        };
    }

    /// <summary>The rows of each round as kept, for an office's or inspector's whole rounds in a kept view; else null (count them).</summary>
    private async Task<IReadOnlyDictionary<Guid, int>?> KeptPerRoundAsync(LedgerFilter filter, DateOnly today, CancellationToken ct) =>
        filter.RoundId is null && !filter.Exact && LedgerViews.Of(filter) is { } view && await access.WholeRoundsAsync(ct) is { } rounds
            ? await kept.MeasuresPerRoundAsync(rounds, view, today, ct)
            : null;

    /// <summary>The orders paged by key (outline, time limit, last change); the others by number only.</summary>
    private static LedgerCursor.Kind? CursorOrder(LedgerFilter filter) => (filter.Sort, filter.Desc) switch
    {
        (null or "" or "outline", false) => LedgerCursor.Kind.Outline,
        ("timeLimit", _) => LedgerCursor.Kind.TimeLimit,
        ("changed", _) => LedgerCursor.Kind.Changed,
        _ => null,
    };

    private static IQueryable<Guid> RoundOrder(IQueryable<Round> rounds) => rounds.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => r.Id);

    /// <summary>The rows of these measures in the order given, in four queries; shared with the Excel export.</summary>
    public async Task<IReadOnlyList<LedgerRow>> RowsAsync(IReadOnlyList<Guid> ids, DateOnly today, CancellationToken ct)
    {
        var found = await (
            from m in db.Set<Measure>().AsNoTracking()
            join p in db.Set<Problem>() on m.ProblemId equals p.Id
            join r in db.Set<Round>() on m.RoundId equals r.Id
            where ids.Contains(m.Id)
            select new
            {
                m.Id, m.RoundId, RoundTitle = r.Title, m.ProblemId, ProblemLabel = p.Label, ProblemTitle = p.Title, p.SectionId,
                m.Label, m.Text, m.Kind, m.LeadLeader, m.ResponsibleLeader, m.ResponsibleUnitId,
                ResponsibleUnit = db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
                m.ResponsiblePerson, m.StartDate, r.FeedbackDate, m.TimeLimit, m.TimeLimitUncertain, m.Status,
                m.LatestPercent, m.LatestProgressOn, m.LatestProgressText, m.ReturnReason, m.ReopenReason, m.CloseOutRequestedOn, m.Version,
                r.DueSoonDays, r.LaggingMargin, r.ProgressPeriodMonths,
            }).ToListAsync(ct);
        var byId = found.ToDictionary(i => i.Id);
        // A measure deleted between the two reads drops out of the page rather than failing it.
        var rows = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();

        var cooperating = (await (from c in db.Set<MeasureCooperatingUnit>()
                                  join u in db.Set<Unit>() on c.UnitId equals u.Id
                                  where ids.Contains(c.MeasureId)
                                  select new { c.MeasureId, u.ShortName }).ToListAsync(ct))
            .ToLookup(c => c.MeasureId, c => c.ShortName);
        var paths = await SectionPaths.LoadAsync(db, rows.Select(i => i.RoundId).Distinct().ToList(), ct);

        return rows.Select(i => new LedgerRow(
            i.Id, i.RoundId, i.RoundTitle, i.ProblemId, i.ProblemLabel, i.ProblemTitle, paths.PathOf(i.SectionId),
            i.Label, i.Text, i.Kind, i.LeadLeader, i.ResponsibleLeader, i.ResponsibleUnitId, i.ResponsibleUnit,
            cooperating[i.Id].ToList(), i.ResponsiblePerson, i.TimeLimit, i.TimeLimitUncertain, i.Status, i.LatestPercent,
            i.LatestProgressOn, i.LatestProgressText, i.ReturnReason,
            ScheduledProgress.Lights(new MeasureLightInput(i.Status, i.StartDate, i.FeedbackDate, i.TimeLimit, i.LatestPercent,
                i.DueSoonDays, i.LaggingMargin, i.Kind, i.LatestProgressOn, i.ProgressPeriodMonths, i.CloseOutRequestedOn), today, calendar),
            i.Version, i.ReopenReason)).ToList();
    }

    /// <summary>The visible measures narrowed by the filter; shared with the summary and exports.</summary>
    public async Task<IQueryable<Measure>> FilteredAsync(LedgerFilter filter, DateOnly today, CancellationToken ct) =>
        await NarrowAsync(filter.RoundId is { } roundId ? await access.VisibleMeasuresAsync(roundId, ct) : await access.VisibleMeasuresAsync(ct), filter, ct);

    /// <summary>
    /// The planner's estimate of a large view on PostgreSQL, or null (count it). One round is always counted: its measures
    /// are a few thousand at most, read from the round's index, and asking the planner first cost a statement of its own.
    /// PostgreSQL takes an office's hundreds of "RoundId = ANY(…)" terms for independent chances and expects 63% of a
    /// whole province: an office (or inspector) that sees every round has its filters estimated over all measures, which
    /// are its own.
    /// </summary>
    private async Task<int?> EstimateAsync(LedgerFilter filter, IQueryable<Measure> measures, CancellationToken ct)
    {
        if (filter.Exact || filter.MeasureId is not null || filter.RoundId is not null || !totals.Estimates) return null;
        if (await access.WholeRoundsAsync(ct) is { } seen && seen.Count == await db.Set<Round>().CountAsync(ct))
            return await totals.EstimateAboveThresholdAsync(await NarrowAsync(db.Set<Measure>().AsNoTracking(), filter, ct), ct);
        return await totals.EstimateAboveThresholdAsync(measures, ct);
    }

    private async Task<IQueryable<Measure>> NarrowAsync(IQueryable<Measure> measures, LedgerFilter filter, CancellationToken ct)
    {
        if (filter.MeasureId is { } measureId) measures = measures.Where(m => m.Id == measureId);
        if (filter.Status is { } status) measures = measures.Where(m => m.Status == status);
        // An IN list rather than "<> Closed", so that PostgreSQL can read it from the status indexes.
        if (filter.Open) measures = measures.Where(m => OpenStatuses.Contains(m.Status));
        if (filter.Kind is { } kind) measures = measures.Where(m => m.Kind == kind);
        if (filter.UnitId is { } unitId)
        {
            var units = unitsWithin?.UnitId == unitId ? unitsWithin.Value.Units : await ResponsibleUnitFilter.UnitsWithinAsync(db, unitId, ct);
            unitsWithin = (unitId, units);
            measures = ResponsibleUnitFilter.Within(measures, units);
        }
        if (!string.IsNullOrWhiteSpace(filter.Leader))
        {
            var leader = filter.Leader.Trim();
            measures = measures.Where(m => m.LeadLeader == leader || m.ResponsibleLeader == leader);
        }
        // The lights as stored by the one rule (ScheduledProgress.Lights), each round with its own settings.
        if (filter.Overdue) measures = measures.Where(m => m.IsOverdue);
        if (filter.DueSoon) measures = measures.Where(m => m.IsDueSoon);
        if (filter.Lagging) measures = measures.Where(m => m.IsLagging);
        if (filter.ProgressMissing) measures = measures.Where(m => m.IsProgressMissing);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = "%" + LikePattern.Escape(filter.Text.Trim()) + "%";
            // Each search statement is planned for its pattern (PlanPerRun): a plan kept from earlier runs reads the trigram index badly.
            var problems = PlanPerRun.Mark(db.Set<Problem>().Where(p => EF.Functions.Like(p.Title, pattern, LikePattern.EscapeChar)).Select(p => p.Id));
            // A short list of matching problems lets PostgreSQL combine the two index lookups (trigram on the text, the
            // problem's measures) instead of testing every visible measure; a common word keeps the subquery.
            var listed = listedProblems?.Pattern == pattern ? listedProblems.Value.Ids : await problems.Take(MaxListedProblems + 1).ToListAsync(ct);
            listedProblems = (pattern, listed);
            measures = PlanPerRun.Mark(listed.Count <= MaxListedProblems
                ? measures.Where(m => EF.Functions.Like(m.Text, pattern, LikePattern.EscapeChar) || listed.Contains(m.ProblemId))
                : measures.Where(m => EF.Functions.Like(m.Text, pattern, LikePattern.EscapeChar) || problems.Contains(m.ProblemId)));
        }
        return measures;
    }
}
