using System.Text.RegularExpressions;
using Rectify.Features.Rounds;

namespace Rectify.Features.Documents.Excel;

/// <summary>A cell's leading number — (一) or （一）, 一、, 第一方面, 1., (1), ①, 一是 — kept as the label; without one, the n-th label.</summary>
public static partial class LabelledText
{
    public static (string Label, string Text) Split(string text, int n, string style)
    {
        var (label, rest) = TrySplit(text);
        return (label ?? Numbering.Next(style, n), rest);
    }

    /// <summary>The cell's own leading number, if it has one, and the text after it.</summary>
    public static (string? Label, string Text) TrySplit(string text)
    {
        var match = Leading().Match(text);
        return match.Success && match.Groups["text"].Length > 0
            ? (match.Groups["label"].Value, match.Groups["text"].Value.Trim())
            : (null, text.Trim());
    }

    [GeneratedRegex(@"^(?<label>[(（][一二三四五六七八九十\d]{1,4}[)）]|[一二三四五六七八九十]{1,3}[是、]|第[一二三四五六七八九十]{1,3}方面|\d{1,3}[.、.))]|[①-⑳])(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex Leading();
}
