using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Similar;

/// <summary>A problem like this one in another round, with its score in percent.</summary>
public sealed record SimilarProblemRow(Guid ProblemId, Guid RoundId, string RoundTitle, string? InspectedUnit,
    string Label, string Title, int Score, bool Linked);

/// <summary>
/// The problems of other rounds the user may see that read most like this one. The gram index narrows 100,000
/// problems to a few hundred candidates in SQL (counting shared grams, rarest first); only those are scored exactly.
/// </summary>
public sealed class SimilarProblemsQuery(RectifyDbContext db, RoundAccess access)
{
    public const double Threshold = 0.3;
    public const int Shown = 10;
    /// <summary>Grams used to look candidates up: the rarest carry the most meaning and match the fewest rows.</summary>
    private const int LookupGrams = 12;
    private const int Candidates = 200;

    public async Task<IReadOnlyList<SimilarProblemRow>> HandleAsync(Guid problemId, CancellationToken ct)
    {
        var problem = await db.Set<Problem>().AsNoTracking().Where(p => p.Id == problemId)
            .Select(p => new { p.Id, p.RoundId, p.Title, p.Feedback }).SingleOrDefaultAsync(ct);
        if (problem is null || !await access.CanReadRoundAsync(problem.RoundId, ct)) throw new NotFoundException(RoundsErrors.ProblemNotFound);

        var grams = ChineseGrams.OfProblem(problem.Title, problem.Feedback).ToArray();
        if (grams.Length == 0) return [];
        var rare = await db.Set<ProblemGram>().Where(g => grams.Contains(g.Gram)).GroupBy(g => g.Gram)
            .Select(g => new { Gram = g.Key, Count = g.Count() }).OrderBy(g => g.Count).Take(LookupGrams).Select(g => g.Gram).ToArrayAsync(ct);
        var rounds = await (await access.VisibleRoundsAsync(ct)).Where(r => r.Id != problem.RoundId).Select(r => r.Id).ToArrayAsync(ct);
        var candidateIds = await db.Set<ProblemGram>().Where(g => rare.Contains(g.Gram))
            .Join(db.Set<Problem>().Where(p => rounds.Contains(p.RoundId)), g => g.ProblemId, p => p.Id, (g, p) => g.ProblemId)
            .GroupBy(id => id).Select(g => new { Id = g.Key, Shared = g.Count() })
            .OrderByDescending(c => c.Shared).Take(Candidates).Select(c => c.Id).ToArrayAsync(ct);

        var candidates = await db.Set<Problem>().AsNoTracking().Where(p => candidateIds.Contains(p.Id))
            .Join(db.Set<Round>(), p => p.RoundId, r => r.Id, (p, r) => new
            {
                p.Id, p.RoundId, RoundTitle = r.Title, p.Label, p.Title, p.Feedback,
                Unit = db.Set<Unit>().Where(u => u.Id == r.InspectedUnitId).Select(u => u.ShortName).FirstOrDefault(),
            }).ToListAsync(ct);
        var linked = await LinkedIdsAsync(problemId, ct);
        return candidates
            .Select(c => (c, Score: ChineseGrams.Similarity(problem.Title, problem.Feedback, c.Title, c.Feedback)))
            .Where(x => x.Score >= Threshold)
            .OrderByDescending(x => x.Score).ThenBy(x => x.c.Title, StringComparer.Ordinal).Take(Shown)
            .Select(x => new SimilarProblemRow(x.c.Id, x.c.RoundId, x.c.RoundTitle, x.c.Unit, x.c.Label, x.c.Title,
                ChineseGrams.Percent(x.Score), linked.Contains(x.c.Id)))
            .ToList();
    }

    private async Task<HashSet<Guid>> LinkedIdsAsync(Guid problemId, CancellationToken ct) =>
        (await db.Set<ProblemLink>().Where(l => l.ProblemId == problemId || l.LinkedProblemId == problemId)
            .Select(l => l.ProblemId == problemId ? l.LinkedProblemId : l.ProblemId).ToListAsync(ct)).ToHashSet();
}
