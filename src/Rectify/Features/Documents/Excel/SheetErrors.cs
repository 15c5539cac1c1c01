namespace Rectify.Features.Documents.Excel;

/// <summary>
/// The row messages of a sheet import, each led by the cell it is about and the cell's value: E7“2025年秋季”：….
/// Messages about the sheet as a whole (no header, a bad mapping) stay in <see cref="DocumentsErrors"/>.
/// </summary>
public static class SheetErrors
{
    public const string CellWithValue = "{0}单元格“{1}”：{2}";
    public const string EmptyCell = "{0}：{1}";

    /// <summary>A message led by its cell and, unless the cell is empty, by what it holds (cut at <paramref name="quoted"/> characters).</summary>
    public static string AtCell(string cell, string value, string message, int quoted) => value.Length == 0
        ? string.Format(EmptyCell, cell, message)
        : string.Format(CellWithValue, cell, value.Length > quoted ? value[..quoted] + "…" : value, message);

    public const string UnknownKind = "措施类型无法识别（应为立行立改、限期整改或长期坚持）";
    public const string BadTimeLimit =
        "完成时限无法识别（可写2025年6月30日、2025-6-30、2025/6/30、2025.6.30、2025年6月底、2025年12月、2025年底前、立行立改或长期坚持）";
    public const string KindDisagrees = "完成时限写的是“{0}”，与措施类型“{1}”不一致";
    public const string DatedNeedsTimeLimit = "限期整改的措施缺少完成时限";
    public const string LongTermHasNoTimeLimit = "长期坚持的措施不设完成时限";
    public const string UnknownUnit = "单位“{0}”不存在或不在本单位范围内";
    public const string UnknownUnitInCell = "该单位不存在或不在本单位范围内";
    public const string NoResponsibleUnit = "写了配合单位，但没有牵头（责任）单位";
    public const string TooLong = "{0}不能超过{1}字";
    public const string ProblemEmpty = "具体问题为空";
    public const string MeasureEmpty = "整改措施为空";
}
