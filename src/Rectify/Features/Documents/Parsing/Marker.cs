namespace Rectify.Features.Documents.Parsing;

internal enum MarkerKind
{
    PartNumber,      // 一、
    Aspect,          // 第一方面
    ParenChinese,    // (一)
    ArabicDot,       // 1.  1、
    ParenArabic,     // (1)
    HalfParenArabic, // 1)  (often an opening bracket lost)
    Circled,         // ①
}

/// <summary>A numbering marker at the start of a line; Rest is the text after it.</summary>
internal sealed record Marker(MarkerKind Kind, string Label, int Ordinal, string Rest);
