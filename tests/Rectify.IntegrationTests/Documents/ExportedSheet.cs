using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Rectify.IntegrationTests.Documents;

/// <summary>An exported .xlsx opened with the SDK: cell texts by reference, merges, view and page setup.</summary>
public sealed class ExportedSheet
{
    private ExportedSheet(SpreadsheetDocument document)
    {
        Workbook = document.WorkbookPart!.Workbook;
        Worksheet = document.WorkbookPart.WorksheetParts.Single().Worksheet;
        Rows = Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        SchemaErrors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>What Excel would complain about ("we found a problem with some content").</summary>
    public IReadOnlyList<string> SchemaErrors { get; }

    public Workbook Workbook { get; }
    public Worksheet Worksheet { get; }
    public IReadOnlyList<Row> Rows { get; }
    public IReadOnlyList<string> Merges => Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    public static async Task<ExportedSheet> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return new ExportedSheet(document);
    }

    public IReadOnlyList<string> Texts(int rowIndex) =>
        Rows.Single(r => r.RowIndex! == (uint)rowIndex).Elements<Cell>().Select(Text).ToList();

    public string Cell(string reference) =>
        Rows.SelectMany(r => r.Elements<Cell>()).Where(c => c.CellReference == reference).Select(Text).Single();

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
