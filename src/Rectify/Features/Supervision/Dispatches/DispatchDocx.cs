using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Features.Documents.Bulletins;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// A dispatch as .docx in the bulletin's format (GB/T 9704: page, fonts, footers from <see cref="BulletinDocx"/>), with
/// the ranked table in 小五 仿宋 across the text width, its header row bold and repeated on each page.
/// </summary>
public static class DispatchDocx
{
    /// <summary>小五: 9 pt, in half-points.</summary>
    private const int TableSize = 18;
    /// <summary>156 mm of text width in twips, shared out by weight: the rank 0.7, the unit's name 2.5, each figure 1.</summary>
    private const int TextWidth = 8844;

    public static void Write(DispatchDocument document, Stream output)
    {
        var body = document.Opening.Select(p => (OpenXmlElement)BulletinDocx.Paragraph(p)).Append(Table(document.Table, nameColumn: 1))
            .Concat(document.Middle.Select(BulletinDocx.Paragraph));
        if (document.AppealsTable is { } appeals) body = body.Append(Table(appeals, nameColumn: 0));
        BulletinDocx.Write(document.Title, body.Concat(document.Closing.Select(BulletinDocx.Paragraph)), output);
    }

    /// <summary>A table whose name column (the unit) is wide and left-aligned; a rank before it is narrow.</summary>
    private static Table Table(IReadOnlyList<IReadOnlyList<string>> rows, int nameColumn)
    {
        var columns = rows[0].Count;
        var weights = Enumerable.Range(0, columns).Select(c => c == nameColumn ? 2.5 : c < nameColumn ? 0.7 : 1.0).ToArray();
        var widths = weights.Select(w => (int)(TextWidth * w / weights.Sum())).ToArray();
        BorderType[] borders =
        [
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        ];
        var table = new Table(new TableProperties(
                new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(borders),
                new TableLayout { Type = TableLayoutValues.Fixed },
                // Narrow cell margins (2 pt) so that six digits fit a figure's column.
                new TableCellMarginDefault(new TableCellLeftMargin { Width = 40, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 40, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            if (r == 0) row.Append(new TableRowProperties(new TableHeader()));
            for (var c = 0; c < columns; c++) row.Append(Cell(rows[r][c], widths[c], header: r == 0, left: c == nameColumn && r > 0));
            table.Append(row);
        }
        return table;
    }

    private static TableCell Cell(string text, int width, bool header, bool left)
    {
        var run = new RunProperties(new FontSize { Val = TableSize.ToString() }, new FontSizeComplexScript { Val = TableSize.ToString() });
        if (header) run.PrependChild(new Bold());
        var paragraph = new Paragraph(
            new ParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = left ? JustificationValues.Left : JustificationValues.Center }),
            new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return new TableCell(new TableCellProperties(
            new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }), paragraph);
    }
}
