namespace Rectify.Features.Appeals;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the first 17.</summary>
public static class CreditCode
{
    /// <summary>Digits and capital letters without I, O, Z, S and V; a character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code in its stored form (trimmed, upper case), or null when it is not a valid code.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var text = code.Trim().ToUpperInvariant();
        if (text.Length != 18 || text.Any(c => !Alphabet.Contains(c))) return null;
        return CheckCharacter(text[..17]) == text[17] ? text : null;
    }

    public static bool IsValid(string? code) => Normalize(code) is not null;

    /// <summary>The 18th character for the first 17: 31 − (Σ value × weight mod 31), 31 written as 0.</summary>
    public static char CheckCharacter(string first17)
    {
        if (first17.Length != 17) throw new ArgumentException("需要前17位", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0) throw new ArgumentException("含非法字符", nameof(first17));
            sum += value * Weights[i];
        }
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }
}
