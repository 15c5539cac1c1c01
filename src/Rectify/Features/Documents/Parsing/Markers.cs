using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>The report's own markers: level numbering, rectification leads and 一是-style enumerators.</summary>
internal static partial class Markers
{
    private const string Cn = "[一二三四五六七八九十]{1,3}";

    [GeneratedRegex(@"^第(" + Cn + @")个?(?:方面|部分)[:,、.\s]*")]
    private static partial Regex AspectRx();

    [GeneratedRegex(@"^(" + Cn + @")[、.](?!是)\s*")]
    private static partial Regex PartRx();

    [GeneratedRegex(@"^\((" + Cn + @")\)\s*")]
    private static partial Regex ParenChineseRx();

    [GeneratedRegex(@"^(\d{1,2})(?:\.|、)(?!\d)\s*")]
    private static partial Regex ArabicDotRx();

    [GeneratedRegex(@"^\((\d{1,2})\)\s*")]
    private static partial Regex ParenArabicRx();

    [GeneratedRegex(@"^(\d{1,2})\)\s*")]
    private static partial Regex HalfParenRx();

    [GeneratedRegex(@"^([\u2460-\u2473])\s*")]
    private static partial Regex CircledRx();

    [GeneratedRegex(@"(?:^|(?<=[。;,:、\s)”]))[【\[]?(?:整改|落实整改)(?:落实|完成|推进)?(?:情况|进展情况|进展|成效|措施|结果)(?:及(?:成效|进展|结果|成果))?(?:[】\]][:]?|[:])\s*")]
    private static partial Regex RectificationLeadRx();

    public static Marker? Read(string line)
    {
        return Try(AspectRx(), line, MarkerKind.Aspect, m => $"第{m}方面")
            ?? Try(PartRx(), line, MarkerKind.PartNumber, m => $"{m}、")
            ?? Try(ParenChineseRx(), line, MarkerKind.ParenChinese, m => $"({m})")
            ?? Try(ArabicDotRx(), line, MarkerKind.ArabicDot, m => $"{m}.")
            ?? Try(ParenArabicRx(), line, MarkerKind.ParenArabic, m => $"({m})")
            ?? Try(HalfParenRx(), line, MarkerKind.HalfParenArabic, m => $"{m})")
            ?? TryCircled(line);
    }

    /// <summary>Index and length of a lead such as "整改情况:" in the text, if any.</summary>
    public static (int Index, int Length)? FindRectificationLead(string text)
    {
        var m = RectificationLeadRx().Match(text);
        return m.Success ? (m.Index, m.Length) : null;
    }

    public static bool StartsWithRectificationLead(string text) =>
        FindRectificationLead(text) is { Index: 0 };

    private static Marker? Try(Regex rx, string line, MarkerKind kind, Func<string, string> label)
    {
        var m = rx.Match(line);
        if (!m.Success) return null;
        var ordinal = ChineseNumerals.Parse(m.Groups[1].Value);
        if (ordinal is null or 0) return null;
        var rest = line[m.Length..].Trim();
        return rest.Length == 0 && kind == MarkerKind.ArabicDot ? null
            : new Marker(kind, label(m.Groups[1].Value), ordinal.Value, rest);
    }

    private static Marker? TryCircled(string line)
    {
        var m = CircledRx().Match(line);
        if (!m.Success) return null;
        var ordinal = m.Groups[1].Value[0] - '\u2460' + 1;
        return new Marker(MarkerKind.Circled, m.Groups[1].Value, ordinal, line[m.Length..].Trim());
    }
}
