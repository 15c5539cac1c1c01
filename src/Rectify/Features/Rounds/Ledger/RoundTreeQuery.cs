using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Ledger;

public sealed record SectionNode(Guid Id, Guid? ParentId, int Depth, string LevelName, string Label, string Title,
    IReadOnlyList<SectionNode> Sections, IReadOnlyList<ProblemNode> Problems);

public sealed record ProblemNode(Guid Id, Guid? SectionId, string Label, string Title, string? Feedback, ProblemStatus Status,
    IReadOnlyList<MeasureNode> Measures);

public sealed record MeasureNode(Guid Id, string Label, string Text, MeasureKind Kind, MeasureStatus Status,
    string? ResponsibleUnit, DateOnly? TimeLimit, int Version);

public sealed record RoundTree(IReadOnlyList<SectionNode> Sections, IReadOnlyList<ProblemNode> Problems);

/// <summary>A round's whole outline — sections, problems, measures — from three queries, for the structure page and API.</summary>
public sealed class RoundTreeQuery(RectifyDbContext db, RoundAccess access)
{
    public async Task<RoundTree> HandleAsync(Guid roundId, CancellationToken ct)
    {
        if (!await access.CanReadRoundAsync(roundId, ct)) throw new NotFoundException(RoundsErrors.RoundNotFound);
        var visible = await access.VisibleMeasuresAsync(roundId, ct);
        var sections = await db.Set<Section>().AsNoTracking().Where(s => s.RoundId == roundId).OrderBy(s => s.SortKey).ToListAsync(ct);
        var problems = await db.Set<Problem>().AsNoTracking().Where(p => p.RoundId == roundId).OrderBy(p => p.SortKey).ToListAsync(ct);
        var measures = await visible.OrderBy(m => m.SortOrder).Select(m => new
        {
            m.ProblemId,
            Node = new MeasureNode(m.Id, m.Label, m.Text, m.Kind, m.Status,
                db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(), m.TimeLimit, m.Version),
        }).ToListAsync(ct);
        var measuresByProblem = measures.ToLookup(m => m.ProblemId, m => m.Node);
        var problemNodes = problems.Select(p =>
        {
            var ms = measuresByProblem[p.Id].ToList();
            return new ProblemNode(p.Id, p.SectionId, p.Label, p.Title, p.Feedback, ProblemStatusRule.From(ms.Select(m => m.Status).ToList()), ms);
        }).ToLookup(p => p.SectionId);
        var children = sections.ToLookup(s => s.ParentId);

        IReadOnlyList<SectionNode> Build(Guid? parentId) => children[parentId]
            .Select(s => new SectionNode(s.Id, s.ParentId, s.Depth, s.LevelName, s.Label, s.Title, Build(s.Id), problemNodes[s.Id].ToList()))
            .ToList();
        return new RoundTree(Build(null), problemNodes[null].ToList());
    }
}
