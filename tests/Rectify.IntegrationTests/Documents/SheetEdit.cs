using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.IntegrationTests.Documents;

/// <summary>A clerk's edits to a downloaded .xlsx: cells retyped and rows added, saved back as a new file.</summary>
public static class SheetEdit
{
    public static byte[] Apply(byte[] xlsx, IReadOnlyDictionary<string, string> cells, params string[][] addedRows)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var data = document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (reference, text) in cells) Put(data, reference, text);
            var next = data.Elements<Row>().Max(r => r.RowIndex!.Value) + 1;
            foreach (var row in addedRows)
            {
                for (var c = 0; c < row.Length; c++) Put(data, $"{(char)('A' + c)}{next}", row[c]);
                next++;
            }
            document.Save();
        }
        return stream.ToArray();
    }

    private static void Put(SheetData data, string reference, string text)
    {
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()));
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex);
        if (row is null) data.Append(row = new Row { RowIndex = rowIndex });
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null) row.Append(cell = new Cell { CellReference = reference });
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
    }
}
