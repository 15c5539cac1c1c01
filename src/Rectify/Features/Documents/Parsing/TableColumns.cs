namespace Rectify.Features.Documents.Parsing;

internal enum TableColumn
{
    Other, Number, Category, Problem, Measures, Progress, Leader, Unit, Cooperating, Person, TimeLimit,
}

/// <summary>
/// The columns of a problem list (问题清单) by their headings, whatever their exact words: 序号, 问题类别/方面,
/// 问题/反馈问题/问题表现, 整改措施/整改任务, 整改情况/进展情况, 责任领导, 责任单位, 配合单位, 责任人, 完成时限.
/// </summary>
internal sealed record TableColumns(int HeaderRow, IReadOnlyDictionary<TableColumn, int> At)
{
    // Checked in order: "问题类别" is a category, "问题整改情况" progress, "责任单位" a unit before a person.
    private static readonly (TableColumn Column, string[] Words)[] Headings =
    [
        (TableColumn.Number, ["序号", "编号"]),
        (TableColumn.Category, ["类别", "方面", "分类", "类型", "领域"]),
        (TableColumn.Progress, ["情况", "进展", "进度", "成效"]),
        (TableColumn.Measures, ["措施", "任务", "目标"]),
        (TableColumn.Leader, ["领导"]),
        (TableColumn.Cooperating, ["配合", "协办", "协助"]),
        (TableColumn.Unit, ["单位", "部门", "科室", "处室"]),
        (TableColumn.Person, ["责任人", "经办人", "具体负责"]),
        (TableColumn.TimeLimit, ["时限", "期限", "时间", "完成时间"]),
        (TableColumn.Problem, ["问题"]),
    ];

    /// <summary>The header among the first rows that names a problem column and one of measures, progress, unit or time limit.</summary>
    public static TableColumns? Find(ReportTable table)
    {
        for (var r = 0; r < Math.Min(3, table.Rows.Count); r++)
        {
            var at = new Dictionary<TableColumn, int>();
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                var heading = ReportTables.Joined(row[c]).Replace(" ", "");
                if (heading.Length is 0 or > 12) continue;
                var column = OfHeading(heading);
                if (column != TableColumn.Other) at.TryAdd(column, c);
            }
            if (at.ContainsKey(TableColumn.Problem)
                && new[] { TableColumn.Measures, TableColumn.Progress, TableColumn.Unit, TableColumn.TimeLimit }.Any(at.ContainsKey))
                return new TableColumns(r, at);
        }
        return null;
    }

    public static TableColumn OfHeading(string heading)
    {
        if (heading is "序" or "No" or "No.") return TableColumn.Number;
        foreach (var (column, words) in Headings)
            if (words.Any(heading.Contains)) return column;
        return TableColumn.Other;
    }

    public string Cell(IReadOnlyList<string> row, TableColumn column) =>
        At.TryGetValue(column, out var c) && c < row.Count ? row[c] : "";
}
