using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.IntegrationTests.Documents;

/// <summary>A small .xlsx the way Excel saves one: texts in the shared string table, rows from row 1, optional merges.</summary>
public static class TestSheet
{
    public const string Name = "台账";

    public static byte[] Build(IReadOnlyList<string[]> rows, params string[] merges)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c].Length == 0) continue;
                    strings.Add(rows[r][c]);
                    row.Append(new Cell
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}",
                        DataType = CellValues.SharedString,
                        CellValue = new CellValue(strings.Count - 1),
                    });
                }
                data.Append(row);
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            if (merges.Length > 0) sheet.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = Name }));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The import form: the sheet and the new round's details. Tests import the same sheet or title again and again into one
    /// world, each time meaning a new round; <see cref="Rounds.DuplicateRoundTests"/> sends <paramref name="allowDuplicate"/> false.
    /// </summary>
    public static MultipartFormDataContent Form(byte[] xlsx, Guid inspectedUnitId, string title = "导入的整改台账", string inspectingBody = "市委第五巡察组",
        bool allowDuplicate = true)
    {
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent
        {
            { file, "file", "ledger.xlsx" },
            { new StringContent(inspectedUnitId.ToString()), "inspectedUnitId" },
            { new StringContent(title), "title" },
            { new StringContent(inspectingBody), "inspectingBody" },
            { new StringContent("2023-11-10"), "feedbackDate" },
            { new StringContent(allowDuplicate ? "true" : "false"), "allowDuplicate" },
        };
    }
}
