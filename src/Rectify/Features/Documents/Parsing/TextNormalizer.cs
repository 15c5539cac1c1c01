using System.Text;

namespace Rectify.Features.Documents.Parsing;

/// <summary>Turns raw text into paragraphs: half-width punctuation, no page chrome, broken lines joined.</summary>
internal static class TextNormalizer
{
    private const string SentenceEnds = "。;!?:”\")";

    /// <summary>Every line of the text, width-normalised and trimmed, numbered from 1; chrome and empty lines kept.</summary>
    /// <paramref name="skip"/> holds the numbers of lines read elsewhere (the rows of tables).
    public static IReadOnlyList<SourceLine> RawLines(string text, IReadOnlySet<int>? skip = null) =>
        SplitLines(text)
            .Select((line, i) => new SourceLine(i + 1, ToHalfWidth(line).Trim().TrimStart('•', '·', '●', '▪', '◆', '■').Trim()))
            .Where(line => skip is null || !skip.Contains(line.Number))
            .ToList();

    public static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    public static IReadOnlyList<SourceLine> Paragraphs(IReadOnlyList<SourceLine> raw, ParseContext context)
    {
        var result = new List<SourceLine>();
        var chrome = 0;
        var joined = new List<int>();
        var blankSeparated = BlankSeparated(raw);
        var afterBlank = false;
        var metadataValue = false;
        var previousLabel = "";
        foreach (var line in raw)
        {
            if (line.Text.Length == 0) { afterBlank = true; continue; }
            if ((metadataValue && WebChrome.IsMetadataValue(previousLabel, line.Text)) || WebChrome.IsChrome(line.Text))
            {
                metadataValue = line.Text.EndsWith(':') && WebChrome.IsMetadataLabel(line.Text);
                previousLabel = line.Text;
                chrome++;
                continue;
            }
            var adjacent = !(blankSeparated && afterBlank);
            afterBlank = false;
            if (result.Count > 0 && adjacent && Continues(result[^1].Text, line.Text))
            {
                result[^1] = result[^1] with { Text = result[^1].Text + line.Text };
                joined.Add(line.Number);
                continue;
            }
            result.Add(line);
        }
        if (chrome > 0) context.Warn("ChromeRemoved", ParsingMessages.ChromeRemoved(chrome), null);
        if (joined.Count > 0)
            context.Warn("LinesJoined", ParsingMessages.LinesJoined(joined.Count), ParsingMessages.Line(joined[0]));
        return result;
    }

    // Where blank lines separate paragraphs, a line after a blank line always starts a new one.
    private static bool BlankSeparated(IReadOnlyList<SourceLine> raw)
    {
        var blanks = raw.Count(l => l.Text.Length == 0);
        return blanks >= (raw.Count - blanks) * 0.3;
    }

    // A line continues the previous paragraph when that one stops mid-sentence and this one opens no new item.
    private static bool Continues(string previous, string current)
    {
        if (previous.Length < 15 || SentenceEnds.Contains(previous[^1])) return false;
        if (previous.Length < 50 && previous.IndexOfAny([',', '。', ';']) < 0) return false;
        if (Markers.Read(current) is not null || Markers.StartsWithRectificationLead(current)) return false;
        if (Enumerators.StartsWithEnumerator(current) || DateFinder.ReadDateLine(current) is not null) return false;
        if (Markers.Read(previous) is { } m && m.Rest.Length < 40 && !m.Rest.Contains('。')) return false;
        return !ContactBlock.IsContactLine(current) && !ContactBlock.IsContactLine(previous);
    }

    public static string ToHalfWidth(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' => ' ',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
