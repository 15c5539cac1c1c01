using System.IO.Compression;
using Rectify.Platform.Files;

namespace Rectify.UnitTests.Platform.Files;

public class FileSignatureTests
{
    [Fact]
    public void Pdf_is_recognised_by_its_header() =>
        Assert.Equal(FileSignature.Pdf, FileSignature.Detect(new MemoryStream("%PDF-1.7\n..."u8.ToArray()), "佐证.pdf"));

    [Fact]
    public void Renamed_executable_is_refused() =>
        Assert.Null(FileSignature.Detect(new MemoryStream("MZ\u0090\0\u0003"u8.ToArray()), "佐证.pdf"));

    [Fact]
    public void Unknown_extension_is_refused() =>
        Assert.Null(FileSignature.Detect(new MemoryStream("%PDF-1.7"u8.ToArray()), "佐证.exe"));

    [Fact]
    public void Docx_renamed_to_xlsx_is_refused()
    {
        var docx = Zip("word/document.xml");
        Assert.Equal(FileSignature.Docx, FileSignature.Detect(docx, "a.docx"));
        Assert.Null(FileSignature.Detect(docx, "a.xlsx"));
        Assert.Equal(FileSignature.Xlsx, FileSignature.Detect(Zip("xl/workbook.xml"), "a.xlsx"));
        Assert.Equal(FileSignature.Ofd, FileSignature.Detect(Zip("OFD.xml"), "a.ofd"));
    }

    [Fact]
    public void Png_and_jpeg_are_recognised()
    {
        Assert.Equal(FileSignature.Png, FileSignature.Detect(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]), "a.PNG"));
        Assert.Equal(FileSignature.Jpeg, FileSignature.Detect(new MemoryStream([0xFF, 0xD8, 0xFF, 0xE0, 0]), "a.jpg"));
    }

    private static MemoryStream Zip(string entry)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<x/>");
        }
        stream.Position = 0;
        return stream;
    }
}
