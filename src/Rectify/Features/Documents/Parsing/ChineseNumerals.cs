namespace Rectify.Features.Documents.Parsing;

internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Reads 一..九十九 or Arabic digits; null when the text is neither.</summary>
    public static int? Parse(string text)
    {
        if (text.Length == 0) return null;
        if (text.All(char.IsAsciiDigit)) return int.Parse(text);
        if (text == "两") return 2;
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 ? DigitOf(text[0]) : null;
        var tens = ten == 0 ? 1 : DigitOf(text[0]);
        var units = ten == text.Length - 1 ? 0 : DigitOf(text[^1]);
        if (tens is null || units is null || text.Length > 3) return null;
        return tens * 10 + units;
    }

    public static string ToChinese(int n) => n switch
    {
        < 10 => Digits[n].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
    };

    private static int? DigitOf(char c)
    {
        var i = Digits.IndexOf(c);
        return i < 0 ? null : i;
    }
}
