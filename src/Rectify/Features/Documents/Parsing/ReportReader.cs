using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Features.Documents.Parsing;

/// <summary>Reads a report's text: .txt in UTF-8 or GB18030, or the paragraphs of a .docx in order.</summary>
public static class ReportReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(Stream stream, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".text" or "" => Decode(ReadAll(stream)),
            ".docx" => ReadDocx(stream),
            _ => throw new InvalidDataException(ParsingMessages.UnsupportedFile),
        };
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), UTF-16 with its BOM, GB18030 otherwise.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0) throw new InvalidDataException(ParsingMessages.EmptyFile);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
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

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ReadDocx(Stream stream)
    {
        try
        {
            using var copy = new MemoryStream(ReadAll(stream));
            using var document = WordprocessingDocument.Open(copy, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new InvalidDataException(ParsingMessages.UnreadableDocx);
            return string.Join("\n", body.Descendants<Paragraph>().Select(ParagraphText));
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or IOException)
        {
            throw new InvalidDataException(ParsingMessages.UnreadableDocx, e);
        }
    }

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var element in p.Descendants())
        {
            if (element is Text t) sb.Append(t.Text);
            else if (element is TabChar) sb.Append(' ');
            else if (element is Break) sb.Append('\n');
        }
        return sb.ToString();
    }
}
