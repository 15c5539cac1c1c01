using System.Text;
using System.Text.RegularExpressions;

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

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRx();

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

    /// <summary>One line, Chinese punctuation beside Chinese characters (a "1,000" or "9:30" keeps its own).</summary>
    public static string Line(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var s = SpaceRx().Replace(text.Trim(), " ");
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var before = i > 0 ? s[i - 1] : ' ';
            var after = i + 1 < s.Length ? s[i + 1] : ' ';
            var chinese = IsChinese(before) || IsChinese(after) || IsChinesePunctuation(before) || IsChinesePunctuation(after);
            if (c == ' ' && (IsChinese(before) || IsChinesePunctuation(before)) && (IsChinese(after) || IsChinesePunctuation(after))) continue;
            sb.Append(chinese ? FullWidth(c) : c);
        }
        return sb.ToString();
    }

    /// <summary>Paragraphs of an editable narrative, one per non-empty line.</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n').Select(l => Line(l)).Where(l => l.Length > 0);

    private static char FullWidth(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => c,
    };

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static bool IsChinesePunctuation(char c) => c is >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef' or '“' or '”' or '‘' or '’';
}
