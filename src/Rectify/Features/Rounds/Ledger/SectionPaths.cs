using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>"(一) 标题 › 1. 标题" for every section of some rounds, built from one query.</summary>
public sealed class SectionPaths
{
    private readonly Dictionary<Guid, (Guid? Parent, string Text)> sections;

    private SectionPaths(Dictionary<Guid, (Guid?, string)> sections) => this.sections = sections;

    public static async Task<SectionPaths> LoadAsync(RectifyDbContext db, IReadOnlyList<Guid> roundIds, CancellationToken ct)
    {
        var rows = await db.Set<Section>().AsNoTracking().Where(s => roundIds.Contains(s.RoundId))
            .Select(s => new { s.Id, s.ParentId, s.Label, s.Title }).ToListAsync(ct);
        return new SectionPaths(rows.ToDictionary(s => s.Id, s => (s.ParentId, $"{s.Label}{s.Title}")));
    }

    public IReadOnlyList<string> PathOf(Guid? sectionId)
    {
        var path = new List<string>();
        while (sectionId is { } id && sections.TryGetValue(id, out var s))
        {
            path.Insert(0, s.Text);
            sectionId = s.Parent;
        }
        return path;
    }
}
