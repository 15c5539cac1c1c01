using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.Features.Documents.Excel;

/// <summary>The ledger's cell styles: a large title, a bold shaded header, and bordered, wrapped, top-aligned cells.</summary>
public static class LedgerStyles
{
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint Text = 3;
    public const uint Centred = 4;
    public const uint Note = 5;

    private const string FontName = "宋体";

    public static Stylesheet Build() => new(
        new Fonts(Font(10, bold: false), Font(10, bold: true), Font(16, bold: true)) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(), ThinBorder()) { Count = 2 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            Format(font: 2, fill: 0, border: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),
            Format(font: 1, fill: 2, border: 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),
            Format(font: 0, fill: 0, border: 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top),
            Format(font: 0, fill: 0, border: 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top),
            Format(font: 0, fill: 0, border: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center))
        { Count = 6 });

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    private static CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical) =>
        new(new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = true })
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyFont = true,
            ApplyFill = true,
            ApplyBorder = true,
            ApplyAlignment = true,
        };
}
