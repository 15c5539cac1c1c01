using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

public enum OutlineItem { Section, Problem, Measure }

/// <summary>Moves a section, problem or measure one place up or down among its siblings, renumbering them.</summary>
public sealed class MoveItem(RectifyDbContext db, RoundAccess access, RoundOutline outline)
{
    public async Task HandleAsync(OutlineItem item, Guid id, bool up, CancellationToken ct)
    {
        switch (item)
        {
            case OutlineItem.Section:
                var section = await db.Set<Section>().SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(RoundsErrors.SectionNotFound);
                await access.RoundToChangeAsync(section.RoundId, ct);
                Swap(await db.Set<Section>().Where(s => s.RoundId == section.RoundId && s.ParentId == section.ParentId).OrderBy(s => s.SortOrder).ToListAsync(ct), section, up);
                await outline.RecomputeAsync(section.RoundId, renumber: true, ct);
                break;
            case OutlineItem.Problem:
                var problem = await db.Set<Problem>().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(RoundsErrors.ProblemNotFound);
                await access.RoundToChangeAsync(problem.RoundId, ct);
                Swap(await db.Set<Problem>().Where(p => p.RoundId == problem.RoundId && p.SectionId == problem.SectionId).OrderBy(p => p.SortOrder).ToListAsync(ct), problem, up);
                await outline.RecomputeAsync(problem.RoundId, renumber: true, ct);
                break;
            case OutlineItem.Measure:
                var measure = await access.MeasureToChangeAsync(id, ct);
                var siblings = await db.Set<Measure>().Where(m => m.ProblemId == measure.ProblemId).OrderBy(m => m.SortOrder).ToListAsync(ct);
                Swap(siblings, measure, up);
                foreach (var m in siblings) m.Edit(Numbering.Next(m.Label, m.SortOrder), m.Text, m.Kind);
                break;
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Swap<T>(List<T> siblings, T item, bool up) where T : class
    {
        var index = siblings.IndexOf(item);
        var other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= siblings.Count) return;
        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        for (var i = 0; i < siblings.Count; i++) SetOrder(siblings[i], i + 1);
    }

    private static void SetOrder(object entity, int order)
    {
        switch (entity)
        {
            case Section s: s.SortOrder = order; break;
            case Problem p: p.SortOrder = order; break;
            case Measure m: m.SortOrder = order; break;
        }
    }
}
