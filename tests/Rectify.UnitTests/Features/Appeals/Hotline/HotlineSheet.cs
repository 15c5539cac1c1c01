using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Features.Documents.Excel;

namespace Rectify.UnitTests.Features.Appeals.Hotline;

/// <summary>A hotline export built with the SDK the app reads it with: strings inline, numbers (Excel dates) as numbers.</summary>
public static class HotlineSheet
{
    public static SheetGrid Grid(params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(rows[r][c] switch
                    {
                        double number => new Cell { CellReference = reference, CellValue = new CellValue(number) },
                        string text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
                        _ => new Cell { CellReference = reference },
                    });
                }
                data.Append(row);
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "工单" }));
        }
        stream.Position = 0;
        return SheetGrid.Read(stream);
    }
}
