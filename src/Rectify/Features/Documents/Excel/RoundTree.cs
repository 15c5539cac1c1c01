using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// A round's sections and problems, tracked, for merging a sheet into it: a line's problem is found by its text
/// anywhere in the round, else created under its 方面/类别 path, whose missing sections are created too (through the
/// round's outline, which labels and places them).
/// </summary>
public sealed class RoundTree
{
    private static readonly string[] LevelNames = ["方面", "类", "项"];
    private readonly RoundOutline outline;
    private readonly Guid roundId;
    private readonly List<Section> sections;
    // Indexes, not scans: a 100,000-row sheet looks a problem up for every line.
    private readonly Dictionary<Guid, Problem> byId;
    private readonly Dictionary<string, Problem> byTitle = [];
    private readonly Dictionary<Guid, List<Problem>> bySection = [];
    private readonly List<Problem> unsectioned = [];

    private RoundTree(RoundOutline outline, Guid roundId, List<Section> sections, List<Problem> problems)
    {
        (this.outline, this.roundId, this.sections) = (outline, roundId, sections);
        byId = problems.ToDictionary(p => p.Id);
        foreach (var problem in problems) Index(problem);
    }

    private void Index(Problem problem)
    {
        byTitle.TryAdd(Plain(problem.Title), problem);
        if (problem.SectionId is { } sectionId)
        {
            if (!bySection.TryGetValue(sectionId, out var list)) bySection[sectionId] = list = [];
            list.Add(problem);
        }
        else unsectioned.Add(problem);
    }

    /// <summary>Whether sections or problems were added, so the round's outline must be recomputed.</summary>
    public bool Grew { get; private set; }

    public static async Task<RoundTree> LoadAsync(RectifyDbContext db, RoundOutline outline, Guid roundId, CancellationToken ct) => new(
        outline, roundId,
        await db.Set<Section>().Where(s => s.RoundId == roundId).ToListAsync(ct),
        await db.Set<Problem>().Where(p => p.RoundId == roundId).OrderBy(p => p.SortKey).ToListAsync(ct));

    public string TitleOf(Guid problemId) => byId[problemId].Title;

    /// <summary>Texts compared without whitespace, punctuation or symbols, which sheets vary freely.</summary>
    public static string Key(string problem, string measure) => Plain(problem) + "\u0001" + Plain(measure);

    public static string Plain(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)).ToArray());

    /// <summary>The round's problem with this text, or a new one under the section path.</summary>
    public Problem Problem(string sectionPath, string problemCell)
    {
        var (label, title) = LabelledText.TrySplit(problemCell);
        if (byTitle.TryGetValue(Plain(title), out var found)) return found;
        var section = Section(sectionPath);
        var siblings = (section is null ? unsectioned : bySection.GetValueOrDefault(section.Id) ?? [])
            .OrderBy(p => p.SortOrder).Select(p => p.Label).ToList();
        var problem = outline.AddProblem(roundId, section?.Id, siblings, label, title, null);
        byId[problem.Id] = problem;
        Index(problem);
        Grew = true;
        return problem;
    }

    private Section? Section(string path)
    {
        Section? parent = null;
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (label, title) = LabelledText.TrySplit(part);
            var siblings = sections.Where(s => s.ParentId == parent?.Id).OrderBy(s => s.SortOrder).ToList();
            var found = siblings.FirstOrDefault(s => Plain(s.Label + s.Title) == Plain(part) || Plain(s.Title) == Plain(title));
            if (found is null)
            {
                var depth = (parent?.Depth ?? 0) + 1;
                var levelName = siblings.FirstOrDefault()?.LevelName ?? LevelNames[Math.Min(depth, LevelNames.Length) - 1];
                found = outline.AddSection(roundId, parent, siblings.Select(s => s.Label).ToList(), levelName, label, title);
                sections.Add(found);
                Grew = true;
            }
            parent = found;
        }
        return parent;
    }
}
