using Microsoft.EntityFrameworkCore;
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

/// <summary>The office's queue of close-out requests (待审核), oldest first, in its scope, each with its evidence files.</summary>
public sealed class ReviewQueue(RectifyDbContext db, RoundAccess access, UserScope user)
{
    public async Task<Page<ReviewRow>> HandleAsync(Guid? roundId, int? page, int? pageSize, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        var measures = (await access.VisibleMeasuresAsync(ct)).Where(m => m.Status == MeasureStatus.CloseOutRequested);
        if (roundId is { } id) measures = measures.Where(m => m.RoundId == id);
        // A measure awaiting review has exactly one pending request (Measure.RequestCloseOut): the queue walks the pending
        // requests in the order they came, through their (Decision, RequestedAt) index, and keeps those of visible
        // measures, instead of sorting every visible measure by its latest request.
        var rows =
            from c in db.Set<CloseOut>()
            where c.Decision == CloseOutDecision.Pending
            join m in measures on c.MeasureId equals m.Id
            join p in db.Set<Problem>() on m.ProblemId equals p.Id
            join r in db.Set<Round>() on m.RoundId equals r.Id
            orderby c.RequestedAt, c.Id
            select new ReviewRow(m.Id, r.Id, r.Title, p.Label, p.Title, m.Label, m.Text, m.Kind,
                db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
                m.TimeLimit, m.LatestPercent, c.Note, c.RequestedBy, c.RequestedAt,
                db.Set<Evidence>().Count(e => e.MeasureId == m.Id), m.CloseOutRequestedOn > m.TimeLimit);
        var (number, size) = Paging.Normalize(page, pageSize);
        var found = new Page<ReviewRow>(await rows.Skip((number - 1) * size).Take(size).ToListAsync(ct), await measures.CountAsync(ct), number, size);
        var ids = found.Items.Select(r => r.MeasureId).ToList();
        var evidence = (await db.Set<Evidence>().AsNoTracking().Where(e => ids.Contains(e.MeasureId)).OrderBy(e => e.At)
                .Select(e => new { e.MeasureId, File = new ReviewEvidence(e.Id, e.FileName, e.ContentType, e.Size, e.At) }).ToListAsync(ct))
            .ToLookup(e => e.MeasureId, e => e.File);
        return found with { Items = found.Items.Select(r => r with { Evidence = evidence[r.MeasureId].ToList() }).ToList() };
    }
}
