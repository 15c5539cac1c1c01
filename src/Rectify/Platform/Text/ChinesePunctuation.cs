using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Platform.Text;

/// <summary>
/// The one normaliser of generated Chinese text: punctuation beside Chinese characters becomes full-width
/// (",;:?!()" → "，；：？！（）", quotes → “ ” and ‘ ’), spaces between Chinese characters and digits go
/// ("第 1 页" → "第1页"), runs of whitespace become one line. What is not Chinese keeps its own: numbers ("3.5%",
/// "1,000", "9:30"), Latin names ("WeCom", "OFD"), web addresses and e-mail addresses.
/// </summary>
public static partial class ChinesePunctuation
{
    // Web addresses and e-mail addresses are copied as they are.
    [GeneratedRegex(@"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex VerbatimRx();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRx();

    /// <summary>The text on one line with Chinese punctuation; null or blank gives "".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var s = SpaceRx().Replace(text.Trim(), " ");
        var sb = new StringBuilder(s.Length);
        var at = 0;
        foreach (Match m in VerbatimRx().Matches(s))
        {
            Punctuate(s, at, m.Index, sb);
            sb.Append(m.Value);
            at = m.Index + m.Length;
        }
        Punctuate(s, at, s.Length, sb);
        return sb.ToString();
    }

    /// <summary>Each line normalised on its own, line breaks kept (for cells and messages of several lines).</summary>
    public static string NormalizeLines(string? text) =>
        string.Join("\n", (text ?? "").Replace("\r\n", "\n").Split('\n').Select(Normalize));

    private static void Punctuate(string s, int from, int to, StringBuilder sb)
    {
        for (var i = from; i < to; i++)
        {
            var c = s[i];
            // A web address or e-mail address next to this segment counts as Latin text.
            var before = i > from ? s[i - 1] : ' ';
            var after = i + 1 < to ? s[i + 1] : ' ';
            if (c == ' ')
            {
                if (IsWide(before) && (IsWide(after) || char.IsAsciiDigit(after)) || char.IsAsciiDigit(before) && IsWide(after)) continue;
                sb.Append(c);
                continue;
            }
            if (c is '"' or '\'')
            {
                sb.Append(Quote(s, i, c));
                continue;
            }
            var chinese = IsWide(before) || IsWide(after);
            // "1,000", "3.5", "9:30" keep theirs: a digit on both sides.
            if (char.IsAsciiDigit(before) && char.IsAsciiDigit(after) && c is ',' or ':' or '.') chinese = false;
            sb.Append(chinese ? FullWidth(c) : c);
        }
    }

    /// <summary>A straight quote near Chinese text becomes a curly one, opening and closing in turn.</summary>
    private static char Quote(string s, int i, char c)
    {
        if (!HasChineseNear(s, i)) return c;
        if (c == '\'' && char.IsAsciiLetter(Before(s, i)) && char.IsAsciiLetter(After(s, i))) return c; // an apostrophe
        var opening = Count(s, i, c) % 2 == 0;
        return c == '"' ? (opening ? '“' : '”') : (opening ? '‘' : '’');
    }

    private static int Count(string s, int i, char c)
    {
        var n = 0;
        for (var k = 0; k < i; k++) if (s[k] == c) n++;
        return n;
    }

    private static bool HasChineseNear(string s, int i)
    {
        for (var k = Math.Max(0, i - 12); k < Math.Min(s.Length, i + 13); k++) if (IsChinese(s[k])) return true;
        return false;
    }

    private static char Before(string s, int i) => i > 0 ? s[i - 1] : ' ';

    private static char After(string s, int i) => i + 1 < s.Length ? s[i + 1] : ' ';

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

    /// <summary>A Chinese character or full-width punctuation: beside it, punctuation is Chinese.</summary>
    public static bool IsWide(char c) => IsChinese(c) || IsChinesePunctuation(c);

    public static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    public static bool IsChinesePunctuation(char c) =>
        c is >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef' or '“' or '”' or '‘' or '’' or '—' or '…';
}
