using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// One cell holding several measures, "一是…；二是…；三是…", split into one measure each, their labels kept. Only a cell
/// that begins with 一是 and goes on with 二是 is split, and only at 二是, 三是… in turn, each after a punctuation mark or a
/// line break (so 统一是 or a 二是 inside a sentence never cuts one).
/// </summary>
public static partial class MeasureSplit
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>Whether the cell is one that would be split: the default of the import's option.</summary>
    public static bool Applies(string text) => Split(text).Count > 1;

    public static IReadOnlyList<string> Split(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("一是", StringComparison.Ordinal)) return [text];
        var parts = new List<string>();
        var start = 0;
        for (var n = 2; ; n++)
        {
            var next = Marker().Matches(trimmed).FirstOrDefault(m => m.Index > start && m.Groups["label"].Value == Ordinal(n) + "是");
            if (next is null) break;
            parts.Add(Clean(trimmed[start..next.Groups["label"].Index]));
            start = next.Groups["label"].Index;
        }
        if (parts.Count == 0) return [text];
        parts.Add(Clean(trimmed[start..]));
        return parts;
    }

    private static string Ordinal(int n) => n <= 10 ? Numerals[n - 1].ToString() : n < 20 ? "十" + Numerals[n - 11] : n.ToString();

    /// <summary>The separator before the next part goes with the split; a part's own closing 。 stays.</summary>
    private static string Clean(string part) => part.Trim().TrimEnd('；', ';', '，', ',', '、').Trim();

    [GeneratedRegex(@"[；;。，,、\n:：\s](?<label>[一二三四五六七八九十]{1,2}是)")]
    private static partial Regex Marker();
}
