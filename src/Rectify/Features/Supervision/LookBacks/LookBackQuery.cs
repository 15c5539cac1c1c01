using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.LookBacks;

/// <summary>Which look-backs: those due by today (the default), those coming, or those done.</summary>
public enum LookBackView { Due, Upcoming, Done }

public sealed record LookBackRow(
    Guid Id, Guid MeasureId, Guid RoundId, string RoundTitle, string ProblemTitle, string MeasureText, string? ResponsibleUnit,
    DateOnly? ClosedOn, LookBackKind Kind, DateOnly DueOn, LookBackState State, string? Finding, string? ReviewedBy,
    DateTimeOffset? ReviewedAt, int Version);

/// <summary>The look-backs of the rounds the user sees (RoundAccess), a page at a time, soonest due first.</summary>
public sealed class LookBackQuery(RectifyDbContext db, RoundAccess access, TimeProvider time)
{
    public async Task<Page<LookBackRow>> HandleAsync(LookBackView view, Guid? roundId, int? page, int? pageSize, CancellationToken ct)
    {
        var rounds = await access.VisibleRoundsAsync(ct);
        var today = time.Today();
        var lookBacks = db.Set<LookBack>().AsNoTracking().Where(l => rounds.Any(r => r.Id == l.RoundId));
        if (roundId is { } id) lookBacks = lookBacks.Where(l => l.RoundId == id);
        lookBacks = view switch
        {
            LookBackView.Upcoming => lookBacks.Where(l => l.State == LookBackState.Pending && l.DueOn > today),
            LookBackView.Done => lookBacks.Where(l => l.State == LookBackState.Held || l.State == LookBackState.Rebounded),
            _ => lookBacks.Where(l => l.State == LookBackState.Pending && l.DueOn <= today),
        };
        var (number, size) = Paging.Normalize(page, pageSize);
        var total = await lookBacks.CountAsync(ct);
        var ordered = view == LookBackView.Done ? lookBacks.OrderByDescending(l => l.ReviewedAt) : lookBacks.OrderBy(l => l.DueOn).ThenBy(l => l.Id);
        var rows = await (
            from l in ordered.Skip((number - 1) * size).Take(size)
            join m in db.Set<Measure>() on l.MeasureId equals m.Id
            join p in db.Set<Problem>() on m.ProblemId equals p.Id
            join r in db.Set<Round>() on l.RoundId equals r.Id
            select new LookBackRow(l.Id, l.MeasureId, l.RoundId, r.Title, p.Title, m.Label + m.Text,
                db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
                m.ClosedOn, l.Kind, l.DueOn, l.State, l.Finding, l.ReviewedBy, l.ReviewedAt, l.Version)).ToListAsync(ct);
        // The join loses the page's order on some providers: put it back.
        var order = view == LookBackView.Done
            ? rows.OrderByDescending(r => r.ReviewedAt).ToList()
            : rows.OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToList();
        return new Page<LookBackRow>(order, total, number, size);
    }
}
