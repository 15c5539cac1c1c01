using System.Text.RegularExpressions;
using Rectify.Platform.Text;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// Text as an official document writes it: one line, Chinese (full-width) punctuation beside Chinese characters,
/// sentences closed with "。", and no stray enumerators inside an item that a reader would take for items of their own.
/// </summary>
public static partial class BulletinText
{
    // An ordinal such as 一是 where a reader (and our parser) would start a new item: at the start or after punctuation.
    [GeneratedRegex(@"(?<=^|[。;,:、\s)”；，：）])((?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])是)")]
    private static partial Regex OrdinalIsRx();

    [GeneratedRegex(@"(?<=^|[。;,:、\s”；，：])(另一方面|一方面)")]
    private static partial Regex OneSideRx();

    private const string Ending = "。！？；”』」)）";

    /// <summary>
    /// Inner text of an item: its own 一是/二是 become 其一是/其二是 and 一方面 becomes 一则, so that the item's
    /// enumerators stay the only ones; spaces and line breaks collapse.
    /// </summary>
    public static string Inner(string? text)
    {
        var s = Line(text);
        s = OrdinalIsRx().Replace(s, "其$1");
        return OneSideRx().Replace(s, m => m.Value == "一方面" ? "一则" : "再则");
    }

    /// <summary>The text closed as a sentence: a trailing comma or semicolon becomes "。", nothing is added after "。".</summary>
    public static string Sentence(string? text)
    {
        var s = Inner(text).TrimEnd(',', ';', '、', '，', '；', ':', '：', ' ');
        if (s.Length == 0) return "";
        return Ending.Contains(s[^1]) ? s : s + "。";
    }

    /// <summary>One line, Chinese punctuation beside Chinese characters (<see cref="ChinesePunctuation"/>).</summary>
    public static string Line(string? text) => ChinesePunctuation.Normalize(text);

    /// <summary>Paragraphs of an editable narrative, one per non-empty line.</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n').Select(l => Line(l)).Where(l => l.Length > 0);
}
