using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// The parts of a one-sheet workbook around a streamed sheet. The SDK's own packaging cannot write forward-only
/// (it reads relationships back), so the zip is written here and the SDK writes each part's XML.
/// </summary>
public static class XlsxPackage
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetEntry = "xl/worksheets/sheet1.xml";

    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void WriteFrame(ZipArchive zip, Stylesheet styles)
    {
        WriteText(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/" + SheetEntry + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
            "</Types>");
        WriteText(zip, "_rels/.rels", $"<Relationships xmlns=\"{Relationships}\">" +
            $"<Relationship Id=\"rId1\" Type=\"{OfficeRelationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        WriteText(zip, "xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"{Relationships}\">" +
            $"<Relationship Id=\"rId1\" Type=\"{OfficeRelationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
            $"<Relationship Id=\"rId2\" Type=\"{OfficeRelationships}/styles\" Target=\"styles.xml\"/></Relationships>");
        using var stream = zip.CreateEntry("xl/styles.xml", CompressionLevel.Fastest).Open();
        styles.Save(stream);
    }

    /// <summary>The workbook: one sheet, its autofilter range and the rows repeated on every printed page.</summary>
    public static void WriteWorkbook(ZipArchive zip, string sheetName, string filterRange, string printTitleRows)
    {
        var sheet = $"'{sheetName}'";
        var workbook = new Workbook(
            new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rId1" }),
            new DefinedNames(
                new DefinedName($"{sheet}!{filterRange}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
                new DefinedName($"{sheet}!{printTitleRows}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        using var stream = zip.CreateEntry("xl/workbook.xml", CompressionLevel.Fastest).Open();
        workbook.Save(stream);
    }

    private static void WriteText(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
    }
}
