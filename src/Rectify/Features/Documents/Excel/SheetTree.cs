using Rectify.Features.Rounds.Structure;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Groups a sheet's lines into the round's tree: consecutive rows with the same 序号, 方面/类别 and 具体问题 are one
/// problem; "方面/类别" is the section path (levels 方面, 类, then 项). Leading numbers are kept as labels, or numbered.
/// </summary>
public static class SheetTree
{
    private static readonly string[] LevelNames = ["方面", "类", "项"];
    private static readonly string[] LabelStyles = ["(一)", "1.", "(1)"];

    /// <param name="numberUnlabelled">False for our own export, whose cells carry every label there is (a lone measure
    /// may have none); true for an office's sheet, whose unlabelled items are numbered.</param>
    public static (IReadOnlyList<SectionImport> Sections, IReadOnlyList<ProblemImport> Problems) Build(IReadOnlyList<SheetLine> lines,
        bool numberUnlabelled = true)
    {
        var style = numberUnlabelled ? (Func<string, string>)(s => s) : _ => "";
        var root = new Node("");
        SheetLine? previous = null;
        List<MeasureImport>? measures = null;
        foreach (var line in lines)
        {
            if (measures is null || previous is null || !SameProblem(previous, line))
            {
                var node = root;
                foreach (var part in line.Section.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    node = node.Child(part);
                measures = [];
                node.Problems.Add((line.Problem, measures));
            }
            measures.Add(line.Measure);
            previous = line;
        }
        return (root.Children.Select((c, i) => Section(c, i + 1, 1, style)).ToList(), Problems(root, style));
    }

    /// <summary>The cell's own label, else the n-th in the style; with no style, none.</summary>
    private static (string Label, string Text) Split(string text, int n, string style) =>
        style.Length > 0 ? LabelledText.Split(text, n, style) : LabelledText.TrySplit(text) is var (label, rest) ? (label ?? "", rest) : default;

    private static bool SameProblem(SheetLine a, SheetLine b) => (a.Number == b.Number || b.Number.Length == 0) && a.Section == b.Section && a.Problem == b.Problem;

    private static SectionImport Section(Node node, int n, int depth, Func<string, string> style)
    {
        var level = Math.Min(depth, LevelNames.Length) - 1;
        var (label, title) = Split(node.Text, n, style(LabelStyles[level]));
        return new SectionImport(LevelNames[level], label, title,
            node.Children.Select((c, i) => Section(c, i + 1, depth + 1, style)).ToList(), Problems(node, style));
    }

    private static List<ProblemImport> Problems(Node node, Func<string, string> style) => node.Problems.Select((p, i) =>
    {
        var (label, title) = Split(p.Title, i + 1, style("1."));
        return new ProblemImport(label, title, null, p.Measures.Select((m, j) =>
        {
            var (measureLabel, text) = Split(m.Text, j + 1, style("一是"));
            return m with { Label = measureLabel, Text = text };
        }).ToList());
    }).ToList();

    private sealed class Node(string text)
    {
        public string Text { get; } = text;
        public List<Node> Children { get; } = [];
        public List<(string Title, List<MeasureImport> Measures)> Problems { get; } = [];

        public Node Child(string text)
        {
            var child = Children.FirstOrDefault(c => c.Text == text);
            if (child is null) Children.Add(child = new Node(text));
            return child;
        }
    }
}
