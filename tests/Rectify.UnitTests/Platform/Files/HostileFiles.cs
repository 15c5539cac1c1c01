using System.IO.Compression;
using System.Text;

namespace Rectify.UnitTests.Platform.Files;

/// <summary>Small valid and hostile files made in memory for the tests: nothing large is committed.</summary>
internal static class HostileFiles
{
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAADAAQDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAACP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAHCf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ADoDFU3/2Q==");

    public static readonly byte[] Html = "<html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();

    /// <summary>A one-page PDF with a correct cross-reference table; <paramref name="catalogExtra"/> goes into the catalog.</summary>
    public static byte[] Pdf(string catalogExtra = "", params string[] moreObjects)
    {
        string[] objects =
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            .. moreObjects,
        ];
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) text.Append($"{offset:D10} 00000 n \n");
        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A zip of the given entries (name → content).</summary>
    public static MemoryStream Zip(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        stream.Position = 0;
        return stream;
    }

    /// <summary>A one-sheet .xlsx written by hand, so that each test can put into it exactly the XML it needs.</summary>
    public static MemoryStream Xlsx(string sheetData, string merges = "", string? sharedStrings = null, params (string Name, byte[] Content)[] extra)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const string pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        var types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            (sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>") +
            "</Types>";
        var workbookRels = $"<Relationships xmlns=\"{pkg}\"><Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
            (sharedStrings is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>";
        (string, byte[])[] parts =
        [
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(types)),
            ("_rels/.rels", Encoding.UTF8.GetBytes($"<Relationships xmlns=\"{pkg}\"><Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")),
            ("xl/workbook.xml", Encoding.UTF8.GetBytes($"<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"整改台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
            ("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes(workbookRels)),
            ("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{main}\"><sheetData>{sheetData}</sheetData>" +
                (merges.Length > 0 ? $"<mergeCells>{merges}</mergeCells>" : "") + "</worksheet>")),
            .. sharedStrings is null ? [] : new[] { ("xl/sharedStrings.xml", Encoding.UTF8.GetBytes($"<sst xmlns=\"{main}\">{sharedStrings}</sst>")) },
            .. extra,
        ];
        return Zip(parts);
    }

    public static string Cell(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    /// <summary>Rewrites the uncompressed size the local header and the central directory state for the entry named.</summary>
    public static MemoryStream LieAboutSize(MemoryStream zip, string entryName, uint statedSize)
    {
        var bytes = zip.ToArray();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 + name.Length <= bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), statedSize);
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), statedSize);
        }
        return new MemoryStream(bytes);
    }
}
