using System.Text;

namespace Rectify.Features.Similar;

/// <summary>
/// Character bigrams of Chinese text, and the Dice score of two gram sets. No word segmenter: two findings that say
/// the same thing share most of their adjacent character pairs whatever the punctuation, width or wording around them.
/// </summary>
public static class ChineseGrams
{
    /// <summary>Normalised characters beyond this are not indexed: the title and the feedback's opening state the problem; the examples after vary by unit.</summary>
    public const int IndexedLength = 300;

    /// <summary>Words every finding uses to say "there is a shortcoming"; kept, they would make any two findings look alike.</summary>
    private static readonly string[] Filler =
        ["问题", "方面", "存在", "不到位", "不够", "不力", "有的", "个别", "部分", "一些", "情况", "现象", "较为", "仍然", "进一步"];

    /// <summary>Full-width forms folded (NFKC), letters lowered, punctuation, spaces and filler words removed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) kept.Append(c);
        }
        foreach (var word in Filler) kept.Replace(word, "");
        return kept.ToString();
    }

    /// <summary>The distinct bigrams of a normalised text; a one-character text is its own gram.</summary>
    public static HashSet<string> Of(string normalized)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        if (normalized.Length == 1) grams.Add(normalized);
        for (var i = 0; i + 1 < normalized.Length; i++) grams.Add(normalized.Substring(i, 2));
        return grams;
    }

    /// <summary>A problem's indexed grams: its title and feedback, normalised, up to <see cref="IndexedLength"/> characters.</summary>
    public static HashSet<string> OfProblem(string title, string? feedback)
    {
        var text = Normalize(title) + Normalize(feedback);
        return Of(text.Length > IndexedLength ? text[..IndexedLength] : text);
    }

    /// <summary>2·|A∩B| / (|A|+|B|): 1 for the same grams, 0 for none shared.</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>
    /// How alike two problems are: the better of their titles' score and their whole texts' score, so a problem
    /// without feedback is not pushed down by a twin whose feedback runs to a page.
    /// </summary>
    public static double Similarity(string titleA, string? feedbackA, string titleB, string? feedbackB)
    {
        var titles = Dice(Of(Normalize(titleA)), Of(Normalize(titleB)));
        var whole = Dice(OfProblem(titleA, feedbackA), OfProblem(titleB, feedbackB));
        return Math.Max(titles, whole);
    }

    public static int Percent(double score) => (int)Math.Round(score * 100, MidpointRounding.AwayFromZero);
}
