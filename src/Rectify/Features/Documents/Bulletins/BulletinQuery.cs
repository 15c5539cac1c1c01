using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// Reads what a round's bulletin is written from, as the ledger stood at the end of <c>date</c>: a measure closed later
/// counts as open, a progress reported later is not read. A bulletin covers the whole round, so only those who see the
/// whole round get it: the office and leaders of the inspected unit's scope, and inspectors.
/// </summary>
public sealed class BulletinQuery(RectifyDbContext db, UserScope user)
{
    public async Task<BulletinSource> HandleAsync(Guid roundId, DateOnly date, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role is not (Role.Office or Role.Leader or Role.Inspector)) throw new ForbiddenException(BulletinErrors.NotForStaff);
        var round = await db.Set<Round>().AsNoTracking().Where(r => r.Id == roundId)
            .Where(r => scope.Role == Role.Inspector || scope.UnitIds.Contains(r.InspectedUnitId))
            .Select(r => new
            {
                r.Kind, r.InspectingBody, r.Issuer, r.StayStart, r.StayEnd, r.FeedbackDate, r.OrganisationText, r.NextStepsText, r.ContactText,
                Unit = db.Set<Unit>().Where(u => u.Id == r.InspectedUnitId).Select(u => u.Name).Single(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(RoundsErrors.RoundNotFound);

        var sections = await db.Set<Section>().AsNoTracking().Where(s => s.RoundId == roundId).OrderBy(s => s.SortKey)
            .Select(s => new { s.Id, s.ParentId, s.Title }).ToListAsync(ct);
        var problems = await db.Set<Problem>().AsNoTracking().Where(p => p.RoundId == roundId).OrderBy(p => p.SortKey)
            .Select(p => new { p.Id, p.SectionId, p.Title, p.Feedback }).ToListAsync(ct);
        var measures = await db.Set<Measure>().AsNoTracking().Where(m => m.RoundId == roundId).OrderBy(m => m.SortOrder)
            .Select(m => new { m.Id, m.ProblemId, m.Text, m.Kind, m.Status, m.LatestPercent, m.LatestProgressOn, m.LatestProgressText, m.ClosedOn })
            .ToListAsync(ct);
        var edits = await db.Set<BulletinEdit>().AsNoTracking().Where(e => e.RoundId == roundId).ToDictionaryAsync(e => e.Key, e => e.Text, ct);

        // Progress reported after the date: the report before it is the latest as of the date.
        var later = measures.Where(m => m.LatestProgressOn > date).Select(m => m.Id).ToList();
        var earlier = later.Count == 0 ? [] : (await db.Set<ProgressUpdate>().AsNoTracking()
                .Where(u => later.Contains(u.MeasureId) && u.On <= date).Select(u => new { u.MeasureId, u.On, u.At, u.Text, u.Percent }).ToListAsync(ct))
            .GroupBy(u => u.MeasureId).ToDictionary(g => g.Key, g => g.OrderBy(u => u.On).ThenBy(u => u.At).Last());

        BulletinMeasure AsOf(Guid id, string text, MeasureKind kind, MeasureStatus status, int percent, DateOnly? progressOn, string? progress,
            DateOnly? closedOn)
        {
            if (progressOn > date) (progress, percent, progressOn) = earlier.TryGetValue(id, out var u) ? (u.Text, u.Percent, (DateOnly?)u.On) : ((string?)null, 0, (DateOnly?)null);
            if (status.IsSettled() && closedOn > date || status == MeasureStatus.CloseOutRequested && progressOn is null)
                status = progressOn is null ? MeasureStatus.NotStarted : MeasureStatus.InProgress;
            if (status == MeasureStatus.InProgress && progressOn is null) status = MeasureStatus.NotStarted;
            return new BulletinMeasure(text, kind, status, percent, progress);
        }

        var measuresOf = measures.ToLookup(m => m.ProblemId,
            m => AsOf(m.Id, m.Text, m.Kind, m.Status, m.LatestPercent, m.LatestProgressOn, m.LatestProgressText, m.ClosedOn));
        var problemsOf = problems.ToLookup(p => p.SectionId, p => new BulletinProblem(p.Title, p.Feedback, measuresOf[p.Id].ToList(), p.Id));
        var children = sections.ToLookup(s => s.ParentId);
        IReadOnlyList<BulletinSection> Build(Guid? parentId) =>
            children[parentId].Select(s => new BulletinSection(s.Title, Build(s.Id), problemsOf[s.Id].ToList())).ToList();

        return new BulletinSource(round.Kind, round.InspectingBody, round.Unit, round.Issuer, round.StayStart, round.StayEnd,
            round.FeedbackDate, round.OrganisationText, round.NextStepsText, round.ContactText, Build(null), problemsOf[null].ToList())
        {
            Edits = edits,
        };
    }
}
