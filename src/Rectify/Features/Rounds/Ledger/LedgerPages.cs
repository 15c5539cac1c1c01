using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// Pages of measure ids in the outline and the time-limit orders, found by key instead of by skipping the rows before
/// them, so that page 100 costs what page 1 does. The outline goes round by round (rounds in their order, each read
/// alone by its problems' sort keys); a numbered page is located from the rows each round holds, and a deep numbered
/// page by time limit from the rows each date holds. Every page reads one row more than it shows, to tell whether a
/// next page exists.
/// </summary>
public sealed class LedgerPages(RectifyDbContext db)
{
    public sealed record Result(IReadOnlyList<Guid> Ids, LedgerCursor? Next);

    /// <summary>The rows of a view with one time limit (null: none).</summary>
    public sealed record LimitCount(DateOnly? TimeLimit, int Count);

    private sealed record OutlineKey(Guid Id, Guid RoundId, string SortKey, int SortOrder);

    /// <summary>A measure with its problem's sort key, as the outline orders them.</summary>
    private sealed class OutlineRow
    {
        public Measure M { get; init; } = null!;
        public string SortKey { get; init; } = "";
        /// <summary>The round's creation, joined only for a batch of many rounds.</summary>
        public DateTimeOffset RoundCreatedAt { get; init; }
    }

    /// <summary>Batches up to this many rounds are ordered by their place in the batch, more by joining the rounds.</summary>
    private const int MaxRanked = 16;

    /// <param name="rounds">The rounds of the view in their order (created, then id).</param>
    /// <param name="perRound">The rows of each round, when counted; without them a numbered page cannot be located.</param>
    public async Task<Result> OutlineAsync(IQueryable<Measure> measures, IReadOnlyList<Guid> rounds, IReadOnlyDictionary<Guid, int>? perRound,
        LedgerCursor? after, int skip, int size, CancellationToken ct)
    {
        var keys = new List<OutlineKey>();
        var next = 0;
        if (after is not null)
        {
            next = IndexOf(rounds, after.RoundId) + 1;
            keys.AddRange(await Outline(measures.Where(m => m.RoundId == after.RoundId), [after.RoundId], after).Take(size + 1).ToListAsync(ct));
        }
        else if (skip > 0)
        {
            if (perRound is null) throw new InvalidOperationException("A numbered page of the outline needs the rows per round.");
            // The round the page starts in, and the rows of it before the page.
            while (next < rounds.Count && skip >= perRound.GetValueOrDefault(rounds[next])) skip -= perRound.GetValueOrDefault(rounds[next++]);
        }
        var batch = 1;
        while (keys.Count <= size && next < rounds.Count)
        {
            var wanted = size + 1 - keys.Count;
            var take = new List<Guid>();
            if (perRound is not null)
            {
                // Just the rounds that hold the rest of the page.
                for (var held = -skip; next < rounds.Count && held < wanted; next++)
                {
                    if (perRound.GetValueOrDefault(rounds[next]) == 0) continue;
                    take.Add(rounds[next]);
                    held += perRound[rounds[next]];
                }
            }
            else
            {
                // Not counted: one round, then two, four… until the page is full.
                take.AddRange(rounds.Skip(next).Take(batch));
                next += take.Count;
                batch *= 2;
            }
            if (take.Count == 0) break;
            var inBatch = take.Count == 1 ? measures.Where(m => m.RoundId == take[0]) : measures.Where(m => take.Contains(m.RoundId));
            keys.AddRange(await Outline(inBatch, take, null).Skip(skip).Take(wanted).ToListAsync(ct));
            skip = 0;
        }
        return Page(keys, size, k => k.Id, k => new LedgerCursor(LedgerCursor.Kind.Outline, k.Id, k.RoundId, k.SortKey, k.SortOrder));
    }

    /// <summary>
    /// By time limit: the dated measures by date (then id) in the direction asked, then those without a limit by id in
    /// the same direction; the same order on both databases (PostgreSQL reads it from the (TimeLimit, Id) index).
    /// </summary>
    /// <param name="perLimit">The view's rows per time limit, when counted: a numbered page starts at its date, not by skipping.</param>
    public async Task<Result> ByTimeLimitAsync(IQueryable<Measure> measures, bool desc, LedgerCursor? after, int skip, int size,
        IReadOnlyList<LimitCount>? perLimit, CancellationToken ct)
    {
        DateOnly? from = null;
        var undatedOnly = false;
        if (after is null && skip > 0 && perLimit is not null)
        {
            // The date the page starts on, and the rows of that date before the page; past the dated rows, the undated.
            var dates = perLimit.Where(c => c.TimeLimit is not null);
            foreach (var c in desc ? dates.OrderByDescending(c => c.TimeLimit) : dates.OrderBy(c => c.TimeLimit))
            {
                if (skip < c.Count)
                {
                    from = c.TimeLimit;
                    break;
                }
                skip -= c.Count;
            }
            undatedOnly = from is null;
        }
        else if (after is null && skip > 0)
        {
            // A numbered page: the same order in one statement, rows skipped.
            var ordered = desc
                ? measures.OrderBy(m => m.TimeLimit == null).ThenByDescending(m => m.TimeLimit).ThenByDescending(m => m.Id)
                : measures.OrderBy(m => m.TimeLimit == null).ThenBy(m => m.TimeLimit).ThenBy(m => m.Id);
            var found = await ordered.Select(m => new { m.Id, m.TimeLimit }).Skip(skip).Take(size + 1).ToListAsync(ct);
            return Page(found, size, k => k.Id, k => new LedgerCursor(LedgerCursor.Kind.TimeLimit, k.Id, TimeLimit: k.TimeLimit));
        }
        var keys = new List<(Guid Id, DateOnly? TimeLimit)>();
        if (!undatedOnly && (after is null || after.TimeLimit is not null))
        {
            var dated = measures.Where(m => m.TimeLimit != null);
            if (after is { TimeLimit: { } limit, MeasureId: var id })
                // The redundant bound (>= / <=) lets PostgreSQL start the index scan at the cursor.
                dated = desc
                    ? dated.Where(m => m.TimeLimit <= limit && (m.TimeLimit < limit || m.Id.CompareTo(id) < 0))
                    : dated.Where(m => m.TimeLimit >= limit && (m.TimeLimit > limit || m.Id.CompareTo(id) > 0));
            else if (from is { } start)
                dated = desc ? dated.Where(m => m.TimeLimit <= start) : dated.Where(m => m.TimeLimit >= start);
            var ordered = desc ? dated.OrderByDescending(m => m.TimeLimit).ThenByDescending(m => m.Id) : dated.OrderBy(m => m.TimeLimit).ThenBy(m => m.Id);
            var found = ordered.Select(m => new { m.Id, m.TimeLimit });
            if (from is not null && skip > 0) found = found.Skip(skip);
            keys.AddRange((await found.Take(size + 1).ToListAsync(ct)).Select(k => (k.Id, k.TimeLimit)));
        }
        if (keys.Count <= size)
        {
            var undated = measures.Where(m => m.TimeLimit == null);
            if (after is { TimeLimit: null, MeasureId: var id })
                undated = desc ? undated.Where(m => m.Id.CompareTo(id) < 0) : undated.Where(m => m.Id.CompareTo(id) > 0);
            var ordered = desc ? undated.OrderByDescending(m => m.Id) : undated.OrderBy(m => m.Id);
            var found = ordered.Select(m => m.Id);
            if (undatedOnly && skip > 0) found = found.Skip(skip);
            keys.AddRange((await found.Take(size + 1 - keys.Count).ToListAsync(ct)).Select(id => (id, (DateOnly?)null)));
        }
        return Page(keys, size, k => k.Id, k => new LedgerCursor(LedgerCursor.Kind.TimeLimit, k.Id, TimeLimit: k.TimeLimit));
    }

    /// <summary>
    /// By last change, the latest first (<paramref name="oldestFirst"/>: the oldest), from the cursor on: PostgreSQL reads the
    /// (ChangedAt, Id) index from the cursor's row, so a deep page costs what the first does.
    /// </summary>
    public async Task<Result> ByChangeAsync(IQueryable<Measure> measures, bool oldestFirst, LedgerCursor? after, int skip, int size, CancellationToken ct)
    {
        if (after is { ChangedAt: { } at, MeasureId: var id })
            // The redundant bound (>= / <=) lets PostgreSQL start the index scan at the cursor.
            measures = oldestFirst
                ? measures.Where(m => m.ChangedAt >= at && (m.ChangedAt > at || m.Id.CompareTo(id) > 0))
                : measures.Where(m => m.ChangedAt <= at && (m.ChangedAt < at || m.Id.CompareTo(id) < 0));
        var ordered = oldestFirst ? measures.OrderBy(m => m.ChangedAt).ThenBy(m => m.Id) : measures.OrderByDescending(m => m.ChangedAt).ThenByDescending(m => m.Id);
        var keys = await ordered.Select(m => new { m.Id, m.ChangedAt }).Skip(after is null ? skip : 0).Take(size + 1).ToListAsync(ct);
        return Page(keys, size, k => k.Id, k => new LedgerCursor(LedgerCursor.Kind.Changed, k.Id, ChangedAt: k.ChangedAt));
    }

    /// <summary>
    /// The measures of these rounds (in their order) in outline order. One round needs no round order; a few are ordered by
    /// their place in the list, so that no round row is joined (PostgreSQL, expecting one row, had scanned the 500 rounds
    /// once per measure found); more are ordered by joining the rounds' creation time. With a cursor (it names one round),
    /// the rows after its row.
    /// </summary>
    private IQueryable<OutlineKey> Outline(IQueryable<Measure> measures, IReadOnlyList<Guid> rounds, LedgerCursor? after)
    {
        var rows =
            from m in measures
            // A measure's problem is in its round; saying so lets PostgreSQL read only that round's problems.
            join p in db.Set<Problem>() on new { Id = m.ProblemId, m.RoundId } equals new { p.Id, p.RoundId }
            select new OutlineRow { M = m, SortKey = p.SortKey };
        if (rounds.Count > MaxRanked)
            rows = from x in rows
                   join r in db.Set<Round>() on x.M.RoundId equals r.Id
                   select new OutlineRow { M = x.M, SortKey = x.SortKey, RoundCreatedAt = r.CreatedAt };
        if (after is { SortKey: { } key, SortOrder: var order, MeasureId: var id })
            rows = rows.Where(x => string.Compare(x.SortKey, key) > 0
                || (x.SortKey == key && (x.M.SortOrder > order || (x.M.SortOrder == order && x.M.Id.CompareTo(id) > 0))));
        var ordered = rounds.Count == 1 ? rows.OrderBy(x => x.SortKey)
            : rounds.Count <= MaxRanked ? rows.OrderBy(RankIn(rounds)).ThenBy(x => x.SortKey)
            : rows.OrderBy(x => x.RoundCreatedAt).ThenBy(x => x.M.RoundId).ThenBy(x => x.SortKey);
        return ordered.ThenBy(x => x.M.SortOrder).ThenBy(x => x.M.Id).Select(x => new OutlineKey(x.M.Id, x.M.RoundId, x.SortKey, x.M.SortOrder));
    }

    /// <summary>
    /// A row's place by its round in the list: CASE WHEN round = @r0 THEN 0 WHEN round = @r1 THEN 1 …, the ids sent as
    /// parameters (an array element is evaluated on the client), so the query's shape depends only on the list's length.
    /// </summary>
    private static Expression<Func<OutlineRow, int>> RankIn(IReadOnlyList<Guid> rounds)
    {
        var ids = rounds.ToArray();
        // The array as a lambda's captured variable: EF sends each element read from it as a parameter, not a literal.
        Expression<Func<Guid[]>> captured = () => ids;
        var row = Expression.Parameter(typeof(OutlineRow), "x");
        var roundId = Expression.Property(Expression.Property(row, nameof(OutlineRow.M)), nameof(Measure.RoundId));
        Expression rank = Expression.Constant(ids.Length);
        for (var i = ids.Length - 1; i >= 0; i--)
            rank = Expression.Condition(Expression.Equal(roundId, Expression.ArrayIndex(captured.Body, Expression.Constant(i))), Expression.Constant(i), rank);
        return Expression.Lambda<Func<OutlineRow, int>>(rank, row);
    }

    private static int IndexOf(IReadOnlyList<Guid> rounds, Guid roundId)
    {
        for (var i = 0; i < rounds.Count; i++)
            if (rounds[i] == roundId) return i;
        // The round is no longer in the view (deleted, or out of scope since): start again from the top.
        throw new Platform.Web.RuleViolation(RoundsErrors.LedgerCursorInvalid, StatusCodes.Status400BadRequest);
    }

    private static Result Page<T>(IReadOnlyList<T> keys, int size, Func<T, Guid> id, Func<T, LedgerCursor> cursor) =>
        new(keys.Take(size).Select(id).ToList(), keys.Count > size ? cursor(keys[size - 1]) : null);
}
