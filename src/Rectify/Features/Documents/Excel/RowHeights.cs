namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Estimated row heights for wrapped text: Excel does not grow rows to fit wrapped text it did not lay out itself,
/// nor ever for merged cells, so the export says how tall each row must be to print in full.
/// </summary>
public static class RowHeights
{
    /// <summary>A 10 pt line as printed: 宋体 takes 13.5 pt, the Noto CJK faces LibreOffice falls back to about 14.5.</summary>
    public const double LinePoints = 15;

    /// <summary>Lines the text needs in a column this wide (in character widths; a Chinese character takes two).</summary>
    public static int Lines(string text, double width)
    {
        // A line holds a little less than the width: no line may start with a closing mark, so one moves down.
        var perLine = Math.Max(1, width - 2);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var units = 0.0;
            // CJK characters and the quotes, dashes and ellipses CJK fonts draw full width take two.
            foreach (var c in paragraph) units += c > 0x2E7F || c is >= '\u2010' and <= '\u206F' ? 2 : 1.1;
            lines += Math.Max(1, (int)Math.Ceiling(units / perLine));
        }
        return lines;
    }

    public static double Points(int lines) => Math.Max(1, lines) * LinePoints + 3;
}
