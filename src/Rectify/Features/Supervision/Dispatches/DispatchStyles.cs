using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Features.Documents.Excel;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// The ledger's styles plus one number format per kind of figure, so that a column reads alike on every row and as on
/// the page: counts 12, rates 85.0, changes of a rate +2.5 / -1.0 / 0.0.
/// </summary>
public static class DispatchStyles
{
    public const uint Count = 6, Rate = 7, RateChange = 8;

    private const uint RateFormat = 164, RateChangeFormat = 165;

    public static Stylesheet Build()
    {
        var styles = LedgerStyles.Build();
        styles.InsertAt(new NumberingFormats(
            new NumberingFormat { NumberFormatId = RateFormat, FormatCode = "0.0" },
            new NumberingFormat { NumberFormatId = RateChangeFormat, FormatCode = "+0.0;-0.0;0.0" })
        { Count = 2 }, 0);
        var formats = styles.CellFormats!;
        formats.Append(Numeric(1), Numeric(RateFormat), Numeric(RateChangeFormat));
        formats.Count = (uint)formats.ChildElements.Count;
        return styles;
    }

    private static CellFormat Numeric(uint format) =>
        new(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top, WrapText = true })
        {
            NumberFormatId = format,
            FontId = 0,
            FillId = 0,
            BorderId = 1,
            FormatId = 0,
            ApplyNumberFormat = true,
            ApplyFont = true,
            ApplyFill = true,
            ApplyBorder = true,
            ApplyAlignment = true,
        };
}
