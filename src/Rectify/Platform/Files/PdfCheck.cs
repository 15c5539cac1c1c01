using System.Text;
using System.Text.RegularExpressions;
using Rectify.Platform.Web;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Rectify.Platform.Files;

/// <summary>
/// A PDF must open as a PDF (header, cross-reference, trailer, %%EOF, at least one page, every object readable) and
/// carry no active content: JavaScript, actions that launch programs, or embedded files, wherever they are hidden.
/// </summary>
public static partial class PdfCheck
{
    private static readonly Dictionary<string, string> Active = new()
    {
        ["JavaScript"] = "JavaScript 脚本",
        ["JS"] = "JavaScript 脚本",
        ["Launch"] = "启动程序",
        ["EmbeddedFile"] = "嵌入文件",
        ["EmbeddedFiles"] = "嵌入文件",
        ["RichMedia"] = "多媒体脚本",
        ["XFA"] = "XFA 表单脚本",
    };

    public static void Check(Stream pdf)
    {
        var bytes = ReadAll(pdf);
        if (!bytes.AsSpan().StartsWith("%PDF-"u8) || !Tail(bytes).Contains("%%EOF", StringComparison.Ordinal)
            || !Tail(bytes).Contains("startxref", StringComparison.Ordinal))
            throw RuleViolation.Invalid(FileErrors.PdfUnreadable);
        // Names in the raw bytes too (with #xx escapes undone): an object left out of the cross-reference still runs in some readers.
        if (RawActiveName(bytes) is { } raw) throw RuleViolation.Invalid(string.Format(FileErrors.PdfActive, raw));
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages < 1) throw RuleViolation.Invalid(FileErrors.PdfUnreadable);
            _ = document.GetPage(1);
            foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
                if (ActiveIn(document.Structure.GetObject(reference).Data, 0) is { } found)
                    throw RuleViolation.Invalid(string.Format(FileErrors.PdfActive, found));
        }
        catch (Exception e) when (e is not RuleViolation and not OutOfMemoryException)
        {
            throw RuleViolation.Invalid(FileErrors.PdfUnreadable);
        }
    }

    private static string? ActiveIn(IToken token, int depth)
    {
        if (depth > 32) return null;
        switch (token)
        {
            case NameToken name when Active.TryGetValue(name.Data, out var what):
                return what;
            case DictionaryToken dictionary:
                foreach (var (key, value) in dictionary.Data)
                    if ((Active.TryGetValue(key, out var what) ? what : ActiveIn(value, depth + 1)) is { } found) return found;
                return null;
            case ArrayToken array:
                return array.Data.Select(t => ActiveIn(t, depth + 1)).FirstOrDefault(f => f is not null);
            case StreamToken stream:
                return ActiveIn(stream.StreamDictionary, depth + 1);
            default:
                return null;
        }
    }

    private static string? RawActiveName(byte[] bytes)
    {
        foreach (Match match in PdfName().Matches(Encoding.Latin1.GetString(bytes)))
        {
            var name = match.Groups[1].Value.Contains('#') ? Unescape(match.Groups[1].Value) : match.Groups[1].Value;
            if (Active.TryGetValue(name, out var what)) return what;
        }
        return null;
    }

    private static string Unescape(string name) =>
        EscapedByte().Replace(name, m => ((char)Convert.ToByte(m.Value[1..], 16)).ToString());

    private static string Tail(byte[] bytes) => Encoding.Latin1.GetString(bytes, Math.Max(0, bytes.Length - 2048), Math.Min(bytes.Length, 2048));

    private static byte[] ReadAll(Stream stream)
    {
        stream.Position = 0;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        stream.Position = 0;
        return copy.ToArray();
    }

    [GeneratedRegex(@"/([A-Za-z#0-9]{2,20})(?=[\s/<>\[\]()%{}]|$)")]
    private static partial Regex PdfName();

    [GeneratedRegex("#[0-9A-Fa-f]{2}")]
    private static partial Regex EscapedByte();
}
