using System.IO.Compression;

namespace Rectify.Platform.Files;

/// <summary>Recognises an evidence file by its content, never by its name alone.</summary>
public static class FileSignature
{
    public sealed record Kind(string Name, string ContentType, string[] Extensions, string? RequiredZipEntry = null);

    public static readonly Kind Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly Kind Ofd = new("OFD", "application/ofd", [".ofd"], "OFD.xml");
    public static readonly Kind Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], "word/document.xml");
    public static readonly Kind Xlsx = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], "xl/workbook.xml");
    public static readonly Kind Jpeg = new("JPG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly Kind Png = new("PNG", "image/png", [".png"]);

    public static IReadOnlyList<Kind> Allowed { get; } = [Pdf, Ofd, Docx, Xlsx, Jpeg, Png];

    /// <summary>The kind the content proves and the name agrees with, or null. Leaves the stream at its start.</summary>
    public static Kind? Detect(Stream content, string fileName)
    {
        if (!content.CanSeek) throw new ArgumentException("a seekable stream is needed", nameof(content));
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var kind = Allowed.FirstOrDefault(k => k.Extensions.Contains(extension));
        if (kind is null) return null;
        try
        {
            return Matches(kind, content) ? kind : null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static bool Matches(Kind kind, Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (kind == Pdf) return head.StartsWith("%PDF-"u8);
        if (kind == Png) return head.SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        if (kind == Jpeg) return head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF });
        // OFD, DOCX and XLSX are zip packages told apart by the part each must contain.
        if (!head.StartsWith("PK\u0003\u0004"u8)) return false;
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Any(e => e.FullName.Equals(kind.RequiredZipEntry, StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
