using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Review;

/// <summary>A request in the review queue, with the evidence the reviewer opens; Late: requested after the time limit (逾期完成).</summary>
public sealed record ReviewRow(Guid MeasureId, Guid RoundId, string RoundTitle, string ProblemLabel, string ProblemTitle,
    string MeasureLabel, string Text, MeasureKind Kind, string? ResponsibleUnit, DateOnly? TimeLimit, int LatestPercent,
    string? Note, string RequestedBy, DateTimeOffset RequestedAt, int EvidenceCount, bool Late = false)
{
    public IReadOnlyList<ReviewEvidence> Evidence { get; init; } = [];
}

public sealed record ReviewEvidence(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset At);

/// <summary>
/// The office's queue of close-out requests (待审核), oldest first, in its scope, each with its evidence files. A measure
/// awaiting review has exactly one pending request (Measure.RequestCloseOut), so the queue is the pending requests of
/// the office's measures; how they are found depends on how many of all pending requests are the office's.
/// </summary>
public sealed class ReviewQueue(RectifyDbContext db, RoundAccess access, UserScope user, IKeptLedgerFigures kept, TimeProvider time)
{
    /// <summary>Up to this many waiting, their ids are read first and their requests sorted; more, the requests are walked in order.</summary>
    private const int FewWaiting = 20_000;

    public async Task<Page<ReviewRow>> HandleAsync(Guid? roundId, int? page, int? pageSize, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        var (number, size) = Paging.Normalize(page, pageSize);
        var measures = (await access.VisibleMeasuresAsync(ct)).Where(m => m.Status == MeasureStatus.CloseOutRequested);
        if (roundId is { } id) measures = measures.Where(m => m.RoundId == id);
        var waiting = await WaitingAsync(roundId, measures, ct);
        if (waiting == 0) return new Page<ReviewRow>([], 0, number, size);

        // Few waiting (a city's thousands): read their ids and sort their requests. Many (a province's hundred thousand):
        // walk all pending requests oldest first, by their (Decision, RequestedAt) index, until enough are the office's.
        // Either plan is a few ms where it is chosen and tens where it is not, and PostgreSQL cannot tell which from the
        // round list.
        var pending = db.Set<CloseOut>().AsNoTracking().Where(c => c.Decision == CloseOutDecision.Pending);
        IQueryable<CloseOut> requests;
        if (waiting <= FewWaiting)
        {
            var waitingIds = await measures.Select(m => m.Id).ToArrayAsync(ct);
            requests = pending.Where(c => waitingIds.Contains(c.MeasureId));
        }
        else requests = from c in pending join m in measures on c.MeasureId equals m.Id select c;
        var top = await requests.OrderBy(c => c.RequestedAt).ThenBy(c => c.Id).Skip((number - 1) * size).Take(size)
            .Select(c => new { c.MeasureId, c.Note, c.RequestedBy, c.RequestedAt }).ToListAsync(ct);

        var ids = top.Select(t => t.MeasureId).ToList();
        var details = await (
            from m in db.Set<Measure>().AsNoTracking()
            join p in db.Set<Problem>() on m.ProblemId equals p.Id
            join r in db.Set<Round>() on m.RoundId equals r.Id
            where ids.Contains(m.Id)
            select new
            {
                m.Id, RoundId = r.Id, RoundTitle = r.Title, ProblemLabel = p.Label, ProblemTitle = p.Title, m.Label, m.Text, m.Kind,
                Unit = db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
                m.TimeLimit, m.LatestPercent, Late = m.CloseOutRequestedOn > m.TimeLimit,
            }).ToDictionaryAsync(m => m.Id, ct);
        var evidence = (await db.Set<Evidence>().AsNoTracking().Where(e => ids.Contains(e.MeasureId)).OrderBy(e => e.At)
                .Select(e => new { e.MeasureId, File = new ReviewEvidence(e.Id, e.FileName, e.ContentType, e.Size, e.At) }).ToListAsync(ct))
            .ToLookup(e => e.MeasureId, e => e.File);
        // A request decided between the two reads drops out of the page rather than failing it.
        var rows = top.Where(t => details.ContainsKey(t.MeasureId)).Select(t =>
        {
            var m = details[t.MeasureId];
            var files = evidence[t.MeasureId].ToList();
            return new ReviewRow(m.Id, m.RoundId, m.RoundTitle, m.ProblemLabel, m.ProblemTitle, m.Label, m.Text, m.Kind, m.Unit, m.TimeLimit,
                m.LatestPercent, t.Note, t.RequestedBy, t.RequestedAt, files.Count, m.Late) { Evidence = files };
        }).ToList();
        return new Page<ReviewRow>(rows, waiting, number, size);
    }

    /// <summary>How many requests wait: for an office's whole rounds as the ledger's kept figures hold them per round, else counted.</summary>
    private async Task<int> WaitingAsync(Guid? roundId, IQueryable<Measure> measures, CancellationToken ct) =>
        roundId is null && await access.WholeRoundsAsync(ct) is { } rounds
            ? (await kept.ReadAsync(rounds, LedgerView.All, time.Today(), ct)).PendingReview
            : await measures.CountAsync(ct);
}
