using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Similar;

/// <summary>
/// A problem of a round the user may read, with the measures he may see (as in the round's tree) and its links.
/// A linked problem in a round he may not read is left out, not disclosed.
/// </summary>
public sealed class ProblemDetailsQuery(RectifyDbContext db, RoundAccess access, UserScope user)
{
    public async Task<SpecificProblemDetails> HandleAsync(Guid problemId, CancellationToken ct)
    {
        var p = await db.Set<Problem>().AsNoTracking().Where(x => x.Id == problemId)
            .Join(db.Set<Round>(), x => x.RoundId, r => r.Id, (x, r) => new { Problem = x, RoundTitle = r.Title, r.InspectedUnitId })
            .SingleOrDefaultAsync(ct);
        if (p is null || !await access.CanReadRoundAsync(p.Problem.RoundId, ct)) throw new NotFoundException(RoundsErrors.ProblemNotFound);

        var links = await db.Set<ProblemLink>().AsNoTracking().Where(l => l.ProblemId == problemId || l.LinkedProblemId == problemId)
            .OrderBy(l => l.LinkedAt).ToListAsync(ct);
        var otherIds = links.Select(l => l.OtherThan(problemId)).ToList();
        var readable = await (await access.VisibleRoundsAsync(ct)).Select(r => r.Id).ToListAsync(ct);
        var others = await db.Set<Problem>().AsNoTracking().Where(x => otherIds.Contains(x.Id) && readable.Contains(x.RoundId))
            .Join(db.Set<Round>(), x => x.RoundId, r => r.Id, (x, r) => new { x.Id, x.RoundId, RoundTitle = r.Title, x.Label, x.Title })
            .ToDictionaryAsync(x => x.Id, ct);
        var measures = await MeasuresAsync([problemId, .. others.Keys], ct);

        var scope = await user.LoadAsync(ct);
        var office = scope.Role == Role.Office && scope.InScope(p.InspectedUnitId);
        var own = measures[problemId].ToList();
        var linkRows = links.Where(l => others.ContainsKey(l.OtherThan(problemId))).Select(l =>
        {
            var o = others[l.OtherThan(problemId)];
            return new ProblemLinkRow(o.Id, o.RoundId, o.RoundTitle, o.Label, o.Title, l.Note, l.LinkedBy, l.LinkedAt, measures[o.Id].ToList());
        }).ToList();
        var paths = await SectionPaths.LoadAsync(db, [p.Problem.RoundId], ct);
        return new SpecificProblemDetails(p.Problem.Id, p.Problem.RoundId, p.RoundTitle, paths.PathOf(p.Problem.SectionId), p.Problem.Label,
            p.Problem.Title, p.Problem.Feedback, ProblemStatusRule.From(own.Select(m => m.Status).ToList()), own, linkRows,
            new ProblemPermissions(Link: office));
    }

    private async Task<ILookup<Guid, ProblemMeasureRow>> MeasuresAsync(List<Guid> problemIds, CancellationToken ct) =>
        (await (await access.VisibleMeasuresAsync(ct)).Where(m => problemIds.Contains(m.ProblemId)).OrderBy(m => m.SortOrder)
            .Select(m => new ProblemMeasureRow(m.Id, m.ProblemId, m.Label, m.Text, m.Kind, m.Status,
                db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(), m.TimeLimit))
            .ToListAsync(ct)).ToLookup(m => m.ProblemId);
}
