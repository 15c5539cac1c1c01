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
