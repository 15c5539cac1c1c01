using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// Text as reposting sites serve it: traditional characters become simplified with OpenCC's t2s tables (longest
/// phrase first, then character by character), and pinyin annotations after characters (統(tǒng)) are removed.
/// </summary>
internal static partial class TraditionalText
{
    // A simplified report changes well under 1% of its characters (乾, 著…); a traditional one a fifth or more.
    private const double TraditionalShare = 0.05;
    private const int MinimumChanged = 5;

    private static readonly Lazy<Tables> Loaded = new(Load);

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[(\uFF08]\s*(?<p>[a-zA-Z\u00E0-\u00FC\u0101-\u01DC\u0144\u0148\u01F9\u1E3F]{1,7}(?:\s+[a-zA-Z\u00E0-\u00FC\u0101-\u01DC\u0144\u0148\u01F9\u1E3F]{1,7}){0,3})\s*[)\uFF09]")]
    private static partial Regex AnnotationRx();

    [GeneratedRegex("[\u00E0\u00E1\u00E8\u00E9\u00EC\u00ED\u00F2\u00F3\u00F9\u00FA\u00FC\u0101\u0113\u011B\u012B\u014D\u016B\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u0144\u0148\u01F9\u1E3F]")]
    private static partial Regex ToneMarkRx();

    /// <summary>Whether enough of the text's Chinese characters are traditional forms to convert it.</summary>
    public static bool IsTraditional(string text)
    {
        var characters = Loaded.Value.Characters;
        int han = 0, changed = 0;
        foreach (var c in text)
        {
            if (!IsHan(c)) continue;
            han++;
            if (characters.ContainsKey(c)) changed++;
        }
        return changed >= MinimumChanged && changed >= han * TraditionalShare;
    }

    /// <summary>The simplified text, and how many characters changed.</summary>
    public static (string Text, int Changed) ToSimplified(string text)
    {
        var tables = Loaded.Value;
        var sb = new StringBuilder(text.Length);
        var changed = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!IsHan(text[i])) { sb.Append(text[i++]); continue; }
            var phrase = LongestPhrase(tables, text, i);
            if (phrase is { } p)
            {
                sb.Append(p.Simplified);
                changed += Differences(text.AsSpan(i, p.Length), p.Simplified);
                i += p.Length;
                continue;
            }
            if (tables.Characters.TryGetValue(text[i], out var simple)) { sb.Append(simple); changed++; }
            else sb.Append(text[i]);
            i++;
        }
        return (sb.ToString(), changed);
    }

    /// <summary>The text without pinyin in brackets after characters (a tone mark is required), and how many were removed.</summary>
    public static (string Text, int Removed) WithoutPinyin(string text)
    {
        var removed = 0;
        var result = AnnotationRx().Replace(text, m =>
        {
            if (!ToneMarkRx().IsMatch(m.Groups["p"].Value)) return m.Value;
            removed++;
            return "";
        });
        return (result, removed);
    }

    private static (int Length, string Simplified)? LongestPhrase(Tables tables, string text, int at)
    {
        if (!tables.PhraseStarts.Contains(text[at])) return null;
        var phrases = tables.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(tables.LongestPhrase, text.Length - at); length >= 2; length--)
        {
            if (phrases.TryGetValue(text.AsSpan(at, length), out var simplified)) return (length, simplified);
        }
        return null;
    }

    private static int Differences(ReadOnlySpan<char> a, string b)
    {
        var n = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++) if (a[i] != b[i]) n++;
        return n;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static Tables Load()
    {
        var characters = new Dictionary<char, char>();
        foreach (var (from, to) in Entries("TSCharacters"))
        {
            // Single BMP characters only; the few entries outside it never occur in office reports.
            if (from.Length == 1 && to.Length == 1 && from[0] != to[0]) characters[from[0]] = to[0];
        }
        var phrases = Entries("TSPhrases").Where(e => e.From.Length == e.To.Length).ToDictionary(e => e.From, e => e.To);
        return new Tables(characters, phrases, phrases.Keys.Select(k => k[0]).ToHashSet(), phrases.Keys.Max(k => k.Length));
    }

    private static IEnumerable<(string From, string To)> Entries(string name)
    {
        using var stream = typeof(TraditionalText).Assembly.GetManifestResourceStream($"Rectify.OpenCC.{name}.txt")
            ?? throw new InvalidOperationException($"OpenCC table {name} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var first = line[(tab + 1)..].Split(' ', 2)[0];
            yield return (line[..tab], first);
        }
    }

    private sealed record Tables(
        Dictionary<char, char> Characters, Dictionary<string, string> Phrases, HashSet<char> PhraseStarts, int LongestPhrase);
}
