using System.Text.RegularExpressions;

namespace Rectify.Features.Rounds;

/// <summary>The numbering the reports use — (一), 一、, 第一方面, 1., (1), 1), ①, 一是 — read and written.</summary>
public static partial class Numbering
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private const string Circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    /// <summary>The label of the n-th item (1-based) in the style of an example label of the same level.</summary>
    public static string Next(string? example, int n, string fallbackStyle = "1.")
    {
        var style = string.IsNullOrWhiteSpace(example) ? fallbackStyle : example.Trim();
        if (ParenChinese().IsMatch(style)) return $"({Chinese(n)})";
        if (ChineseComma().IsMatch(style)) return $"{Chinese(n)}、";
        if (Aspect().IsMatch(style)) return $"第{Chinese(n)}方面";
        if (ChineseIs().IsMatch(style)) return $"{Chinese(n)}是";
        if (ParenArabic().IsMatch(style)) return $"({n})";
        if (HalfParenArabic().IsMatch(style)) return $"{n})";
        if (style.Length == 1 && Circled.Contains(style[0])) return n <= Circled.Length ? Circled[n - 1].ToString() : $"({n})";
        return $"{n}.";
    }

    /// <summary>
    /// A new item's label: the one stated — an import may state none ("") — or, when null, the next after its siblings'
    /// in their style (in the fallback style for the first). Sections, problems and measures are all labelled by it.
    /// </summary>
    public static string ForNew(string? stated, IReadOnlyList<string> siblingLabels, string fallbackStyle) =>
        stated?.Trim() ?? Next(siblingLabels.LastOrDefault(), siblingLabels.Count + 1, fallbackStyle);

    /// <summary>What a form's label box asks for: the label written, or the next number when left blank (null).</summary>
    public static string? Asked(string? label) => string.IsNullOrWhiteSpace(label) ? null : label;

    public static string Chinese(int n) => n switch
    {
        <= 0 => Digits[0],
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        < 100 => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
        _ => n.ToString(),
    };

    [GeneratedRegex(@"^[((][一二三四五六七八九十]+[))]$")] private static partial Regex ParenChinese();
    [GeneratedRegex(@"^[一二三四五六七八九十]+、$")] private static partial Regex ChineseComma();
    [GeneratedRegex(@"^第[一二三四五六七八九十]+方面$")] private static partial Regex Aspect();
    [GeneratedRegex(@"^[一二三四五六七八九十]+是$")] private static partial Regex ChineseIs();
    [GeneratedRegex(@"^[((]\d+[))]$")] private static partial Regex ParenArabic();
    [GeneratedRegex(@"^\d+[))]$")] private static partial Regex HalfParenArabic();
}
