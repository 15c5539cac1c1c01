using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Which rows of an office's sheet are not measures: category rows spanning the table ("一、…" in a merged row, or alone
/// in the first column) that become sections, and the footnote and signature rows below the table (注：…, 填报人,
/// 联系电话, 单位盖章, or any text after a blank gap that is no measure) that are left out.
/// </summary>
public static partial class SheetRowKinds
{
    /// <summary>The category's text when the row is one: a single text, across the row or alone in its first column.</summary>
    public static string? Category(SheetGrid grid, int row, int firstColumn)
    {
        var texts = Enumerable.Range(1, grid.LastColumn).Select(c => (Column: c, Text: grid[row, c])).Where(t => t.Text.Length > 0).ToList();
        if (texts.Count == 0 || texts.Select(t => t.Text).Distinct().Count() > 1) return null;
        var text = texts[0].Text;
        if (NumberOnly().IsMatch(text)) return null;
        return texts.Count > 1 || texts[0].Column <= firstColumn ? text : null;
    }

    /// <summary>Level of a category by its label: (一) sits under 一、; 1. under (一); anything else is a top level.</summary>
    public static int Level(string category) =>
        SecondLevel().IsMatch(category) ? 2 : ThirdLevel().IsMatch(category) ? 3 : 1;

    /// <summary>Whether a category starts with a label of the kinds offices number categories with: 一、 (一) 1. 第一部分.</summary>
    public static bool IsLabelled(string category) => Labelled().IsMatch(category);

    /// <summary>A row that starts what lies below the table: a footnote, a signature or contact line.</summary>
    public static bool IsFootnote(string firstText) => Footnote().IsMatch(Regex.Replace(firstText, @"\s", ""));

    /// <summary>The row's texts, left to right, once each (a merged text fills several cells).</summary>
    public static string RowText(SheetGrid grid, int row) =>
        string.Join(" ", Enumerable.Range(1, grid.LastColumn).Select(c => grid[row, c]).Where(t => t.Length > 0).Distinct());

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|第[一二三四五六七八九十]{1,3}(部分|方面|类))")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^[\d.\s]+$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex SecondLevel();

    [GeneratedRegex(@"^\d{1,2}[.、．]")]
    private static partial Regex ThirdLevel();

    [GeneratedRegex(@"^(注[:：1-9１-９]|注$|备注[:：]|说明[:：]|填报人|填表人|制表人|审核人|联系人|联系电话|电话[:：]|单位盖章|（盖章）|\(盖章\)|盖章|填报单位|填报日期|填表日期|签字|负责人签字|主要负责人[:：])")]
    private static partial Regex Footnote();
}
