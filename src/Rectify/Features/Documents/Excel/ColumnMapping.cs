namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Which column of a user's own sheet feeds each field of ours: the header's row (1-based; 0 to find it) and, per
/// field (its header in the export, e.g. 具体问题), a column letter ("C") or the text of that column's header; and whether
/// a cell holding "一是…；二是…" becomes one measure each (null: yes, for every cell that begins with 一是 and holds 二是).
/// </summary>
public sealed record ColumnMapping(int HeaderRow, IReadOnlyDictionary<string, string> Columns, bool? SplitNumbered = null);
