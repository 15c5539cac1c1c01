using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// A problem list given as a table: each row with a problem is a problem, its 整改措施 cell its measures (split on
/// numbers or 一是/二是), its 责任领导/责任单位/责任人/完成时限 cells the measures' responsibilities. A row with only
/// measures continues the problem above (a merged cell); a row whose only text spans the table, or a change in the
/// category column, opens a section; notes under the table are left out and listed.
/// </summary>
internal static partial class ProblemTable
{
    [GeneratedRegex(@"^(注|备注|说明|填表|制表|审核|联系人|联系电话|单位负责人)")]
    private static partial Regex FootnoteRx();

    [GeneratedRegex("[、,;/]")]
    private static partial Regex UnitSeparatorRx();

    /// <summary>The sections of a problem list, or null when the table is not one.</summary>
    public static List<ParsedSection>? Read(ReportTable table, ParseContext context)
    {
        if (TableColumns.Find(table) is not { } columns) return null;
        var sections = new List<TableSection> { new("", "") };
        var footnotes = 0;
        string? category = null;
        foreach (var row in table.Rows.Skip(columns.HeaderRow + 1))
        {
            var filled = row.Select((c, i) => (Text: ReportTables.Joined(c), Index: i)).Where(c => c.Text.Length > 0).ToList();
            if (filled.Count == 0) continue;
            if (filled.Count == 1 && FootnoteRx().IsMatch(filled[0].Text)) { footnotes++; continue; }
            if ((filled.Count == 1 && IsSpanningHeading(filled[0].Text, filled[0].Index, columns)) || IsNumberedHeading(row, columns, filled.Count))
            {
                sections.Add(Section(string.Join("、", filled.Select(f => f.Text))));
                continue;
            }
            var rowCategory = ReportTables.Joined(columns.Cell(row, TableColumn.Category));
            if (rowCategory.Length > 0 && rowCategory != category)
            {
                category = rowCategory;
                sections.Add(Section(rowCategory));
            }
            AddRow(sections[^1], row, columns);
        }
        if (footnotes > 0) context.Warn("TableNotesOmitted", ParsingMessages.TableNotesOmitted(footnotes), table.Where);
        return sections.Where(s => s.Problems.Count > 0 || s.Label.Length > 0)
            .Select(s => new ParsedSection(s.Label, s.Title, [], s.Problems.Select(p => p.ToParsed()).ToList())).ToList();
    }

    // "一、政治建设方面" across the whole row: short, no sentence, in a column left of the measures.
    private static bool IsSpanningHeading(string text, int column, TableColumns columns) =>
        text.Length <= 60 && !text.Contains('。')
        && column <= columns.At.GetValueOrDefault(TableColumn.Problem, 0)
        && !columns.At.ContainsKey(TableColumn.Category);

    // "一 | 政治建设方面" in the number and problem columns, nothing else: a section numbered in Chinese.
    private static bool IsNumberedHeading(IReadOnlyList<string> row, TableColumns columns, int filled)
    {
        var number = ReportTables.Joined(columns.Cell(row, TableColumn.Number)).TrimEnd('、', '.');
        var problem = ReportTables.Joined(columns.Cell(row, TableColumn.Problem));
        return filled == 2 && number.Length > 0 && ChineseNumerals.Parse(number) is not null && !number.All(char.IsAsciiDigit)
            && problem.Length is > 0 and <= 60 && !problem.Contains('。');
    }

    private static TableSection Section(string text) =>
        Markers.Read(text) is { } m ? new TableSection(m.Label, m.Rest) : new TableSection(text, text);

    private static void AddRow(TableSection section, IReadOnlyList<string> row, TableColumns columns)
    {
        var problemText = ReportTables.Joined(columns.Cell(row, TableColumn.Problem));
        var measures = Measures(row, columns);
        if (problemText.Length == 0)
        {
            // A merged problem cell: the row's measures belong to the problem above.
            if (section.Problems.Count > 0) section.Problems[^1].Measures.AddRange(measures);
            return;
        }
        var number = ReportTables.Joined(columns.Cell(row, TableColumn.Number));
        var label = number.Length == 0 ? $"{section.Problems.Count + 1}." : number.All(char.IsAsciiDigit) ? number + "." : number;
        var (title, feedback) = Sentences.SplitFirst(Markers.Read(problemText)?.Rest ?? problemText);
        section.Problems.Add(new TableProblem(label, title, feedback, measures));
    }

    private static List<ParsedMeasure> Measures(IReadOnlyList<string> row, TableColumns columns)
    {
        var cell = columns.Cell(row, TableColumn.Measures);
        if (ReportTables.Paragraphs(cell).Count == 0) cell = columns.Cell(row, TableColumn.Progress);
        var units = Units(columns.Cell(row, TableColumn.Unit));
        var cooperating = units.Skip(1).Concat(Units(columns.Cell(row, TableColumn.Cooperating))).ToList();
        var leader = Value(columns.Cell(row, TableColumn.Leader));
        var person = Value(columns.Cell(row, TableColumn.Person));
        var timeLimit = Value(columns.Cell(row, TableColumn.TimeLimit));
        var paragraphs = ReportTables.Paragraphs(cell).Select(p => Markers.Read(p) is { } m ? (m.Rest, m.Label) : (p, ""));
        return MeasureSplitter.Split(paragraphs)
            .Select(m => m with
            {
                Unit = m.Unit ?? units.FirstOrDefault(),
                Leader = leader,
                Person = person,
                TimeLimit = timeLimit,
                CooperatingUnits = cooperating.Count > 0 ? cooperating : null,
            })
            .ToList();
    }

    private static List<string> Units(string cell) =>
        ReportTables.Paragraphs(cell).SelectMany(p => UnitSeparatorRx().Split(p.Replace("牵头", "").Replace("配合", "")))
            .Select(u => u.Trim().Trim('(', ')', ':')).Where(u => u.Length > 0).Distinct().ToList();

    private static string? Value(string cell) => ReportTables.Joined(cell) is { Length: > 0 } v ? v : null;

    private sealed record TableSection(string Label, string Title)
    {
        public List<TableProblem> Problems { get; } = [];
    }

    private sealed record TableProblem(string Label, string Title, string? Feedback, List<ParsedMeasure> Measures)
    {
        public ParsedProblem ToParsed() => new(Label, Title, Feedback, Measures);
    }
}
