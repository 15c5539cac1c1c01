using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Rectify.Platform.Files;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// Reads a report's text: .txt in UTF-8 or GB18030, or the paragraphs and tables of a .docx in order. Bounded: a .docx
/// passes the <see cref="ArchiveGuard"/> before it is opened, and neither kind may hold more than the character limit.
/// </summary>
public static class ReportReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(Stream stream, string fileName, FilesOptions? limits = null)
    {
        limits ??= new FilesOptions();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var text = extension switch
        {
            ".txt" or ".text" or "" => DecodeAll(stream),
            ".docx" => ReadDocx(stream, limits),
            _ => throw new InvalidDataException(ParsingMessages.UnsupportedFile),
        };
        if (text.Length > limits.MaxReportCharacters) throw new InvalidDataException(ParsingMessages.TooLong(limits.MaxReportCharacters));
        return text;
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), UTF-16 with its BOM, GB18030 otherwise.</summary>
    public static string Decode(byte[] bytes) => Decode(bytes.AsSpan());

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) throw new InvalidDataException(ParsingMessages.EmptyFile);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    // Decoded from the buffer it was read into, without a second copy.
    private static string DecodeAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    // A seekable upload is opened where it is; anything else is copied once into memory, never twice.
    private static string ReadDocx(Stream stream, FilesOptions limits)
    {
        try
        {
            using var seekable = stream.CanSeek ? null : new MemoryStream();
            if (seekable is not null)
            {
                stream.CopyTo(seekable);
                seekable.Position = 0;
            }
            ArchiveGuard.Check(seekable ?? stream, limits);
            using var document = WordprocessingDocument.Open(seekable ?? stream, isEditable: false);
            return DocxText.Read(document, limits.MaxReportCharacters);
        }
        catch (RuleViolation refused)
        {
            throw new InvalidDataException(refused.Message == FileErrors.NotAnArchive ? ParsingMessages.UnreadableDocx : refused.Message, refused);
        }
        // The SDK reports a malformed package or part with any of these; each is a file we cannot read, not a fault of ours.
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or IOException
            or FormatException or OverflowException or NotSupportedException or ArgumentException or InvalidCastException or KeyNotFoundException
            or InvalidOperationException)
        {
            throw new InvalidDataException(ParsingMessages.UnreadableDocx, e);
        }
    }
}
