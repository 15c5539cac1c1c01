using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>A run of text opened by an enumerator such as 一是 or 另一方面; Label is empty for text before the first.</summary>
internal sealed record EnumeratedItem(string Label, string Text, int Start);

/// <summary>Splits a paragraph on 一是/二是/… taken in sequence, or on 一方面/另一方面.</summary>
internal static partial class Enumerators
{
    [GeneratedRegex(@"(?<=^|[。;,:、\s)”])((?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])是)")]
    private static partial Regex OrdinalIsRx();

    [GeneratedRegex(@"(?<=^|[。;,:、\s”])(另一方面|一方面)")]
    private static partial Regex OneSideRx();

    [GeneratedRegex(@"(?<=^|[。;,:、\s”])(\((\d{1,2})\)|[\u2460-\u2473])")]
    private static partial Regex InlineNumberRx();

    /// <summary>
    /// The preamble (Label "") if any, then one item per enumerator; empty when the text has none.
    /// <paramref name="inlineNumbers"/> also accepts "(1)…(2)…" and "①…②…", for rectification text only.
    /// </summary>
    public static IReadOnlyList<EnumeratedItem> Split(string text, bool inlineNumbers = false)
    {
        var cuts = OrdinalCuts(text);
        if (cuts.Count == 0) cuts = SideCuts(text);
        if (cuts.Count == 0 && inlineNumbers) cuts = InlineNumberCuts(text);
        if (cuts.Count == 0) return [];
        var items = new List<EnumeratedItem>();
        var preamble = text[..cuts[0].Index].Trim();
        if (preamble.Length > 0) items.Add(new EnumeratedItem("", preamble, 0));
        for (var i = 0; i < cuts.Count; i++)
        {
            var start = cuts[i].Index + cuts[i].Label.Length;
            var end = i + 1 < cuts.Count ? cuts[i + 1].Index : text.Length;
            items.Add(new EnumeratedItem(cuts[i].Label, TrimSeparators(text[start..end]), cuts[i].Index));
        }
        return items;
    }

    public static bool StartsWithEnumerator(string text)
    {
        var cuts = OrdinalCuts(text);
        return cuts.Count > 0 && cuts[0].Index == 0;
    }

    private static List<(int Index, string Label)> OrdinalCuts(string text)
    {
        var cuts = new List<(int, string)>();
        int? expected = null;
        foreach (Match m in OrdinalIsRx().Matches(text))
        {
            var n = ChineseNumerals.Parse(m.Value[..^1]);
            if (n is null || (expected is not null && n != expected)) continue;
            if (expected is null && n > 1 && m.Index > 0) continue;
            cuts.Add((m.Index, m.Value));
            expected = n + 1;
        }
        return cuts;
    }

    // "(1)…;(2)…" or "①…②…" inside a paragraph: taken from 1 in sequence, at least two.
    private static List<(int Index, string Label)> InlineNumberCuts(string text)
    {
        var cuts = new List<(int, string)>();
        foreach (Match m in InlineNumberRx().Matches(text))
        {
            var n = m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : m.Value[0] - '\u2460' + 1;
            if (n == cuts.Count + 1) cuts.Add((m.Index, m.Value));
        }
        return cuts.Count >= 2 ? cuts : [];
    }

    private static List<(int Index, string Label)> SideCuts(string text)
    {
        var matches = OneSideRx().Matches(text);
        if (matches.Count < 2 || matches[0].Value != "一方面") return [];
        return matches.Take(2).Select(m => (m.Index, m.Value)).ToList();
    }

    private static string TrimSeparators(string s) => s.Trim().TrimStart(',', ':', '、').TrimEnd(';', ',', '、').Trim();
}
