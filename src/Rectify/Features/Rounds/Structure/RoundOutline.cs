using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Structure;

/// <summary>
/// Keeps a round's order and numbering: a new section or problem joins the tree here (a new measure through
/// <see cref="MeasureEditor.AddAsync"/>), labelled and placed by the entity's own rule, and the sort keys follow any change.
/// The office's forms and the API, a sheet merged into a round and the round import all add through it.
/// </summary>
public sealed class RoundOutline(RectifyDbContext db)
{
    /// <summary>A new section, tracked, last after its siblings (their labels in order, the new one then joins them).</summary>
    public Section AddSection(Guid roundId, Section? parent, List<string> siblingLabels, string levelName, string? label, string title)
    {
        var section = Section.AddTo(roundId, parent, siblingLabels, levelName, label, title);
        db.Add(section);
        siblingLabels.Add(section.Label);
        return section;
    }

    /// <summary>A new problem, tracked, last after its siblings (their labels in order, the new one then joins them).</summary>
    public Problem AddProblem(Guid roundId, Guid? sectionId, List<string> siblingLabels, string? label, string title, string? feedback)
    {
        var problem = Problem.AddTo(roundId, sectionId, siblingLabels, label, title, feedback);
        db.Add(problem);
        siblingLabels.Add(problem.Label);
        return problem;
    }

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
