using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Structure;

/// <summary>Keeps a round's order and numbering after any change to its tree.</summary>
public sealed class RoundOutline(RectifyDbContext db)
{
    /// <summary>Recomputes every section's and problem's sort key; renumbers labels when asked (after a move).</summary>
    public async Task RecomputeAsync(Guid roundId, bool renumber, CancellationToken ct)
    {
        var sections = await TrackedOrLoaded(db.Set<Section>().Where(s => s.RoundId == roundId), s => s.RoundId == roundId, ct);
        var problems = await TrackedOrLoaded(db.Set<Problem>().Where(p => p.RoundId == roundId), p => p.RoundId == roundId, ct);
        var children = sections.ToLookup(s => s.ParentId);
        var problemsBySection = problems.ToLookup(p => p.SectionId);

        void Walk(Guid? parentId, string prefix)
        {
            var index = 0;
            foreach (var section in children[parentId].OrderBy(s => s.SortOrder).ThenBy(s => s.SortKey))
            {
                index++;
                section.SortOrder = index;
                section.SortKey = prefix + index.ToString("D4") + ".";
                if (renumber) section.Edit(section.LevelName, Numbering.Next(section.Label, index), section.Title);
                Walk(section.Id, section.SortKey);
            }
            var p = 0;
            // Problems come after a parent's sub-sections, as in the reports.
            foreach (var problem in problemsBySection[parentId].OrderBy(x => x.SortOrder).ThenBy(x => x.SortKey))
            {
                p++;
                problem.SortOrder = p;
                problem.SortKey = prefix + "P" + p.ToString("D4");
                if (renumber && problem.Label.Length > 0) problem.Edit(Numbering.Next(problem.Label, p), problem.Title, problem.Feedback);
            }
        }
        Walk(null, "");
    }

    private async Task<List<T>> TrackedOrLoaded<T>(IQueryable<T> query, Func<T, bool> ofRound, CancellationToken ct) where T : class
    {
        var loaded = await query.ToListAsync(ct);
        // Entities added in this unit of work are not in the database yet.
        var added = db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).Where(ofRound);
        return loaded.Union(added).Where(e => db.Entry(e).State != EntityState.Deleted).ToList();
    }
}
