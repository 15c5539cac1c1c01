namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Estimated row heights for wrapped text: Excel does not grow rows to fit wrapped text it did not lay out itself,
/// nor ever for merged cells, so the export says how tall each row must be to print in full.
/// </summary>
public static class RowHeights
{
    public const double LinePoints = 13.5;

    /// <summary>Lines the text needs in a column this wide (in character widths; a Chinese character takes two).</summary>
    public static int Lines(string text, double width)
    {
        var perLine = Math.Max(1, width - 1);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var units = 0.0;
            foreach (var c in paragraph) units += c > 0x2E7F ? 2 : 1.1;
            lines += Math.Max(1, (int)Math.Ceiling(units / perLine));
        }
        return lines;
    }

    public static double Points(int lines) => Math.Max(1, lines) * LinePoints + 3;
}
