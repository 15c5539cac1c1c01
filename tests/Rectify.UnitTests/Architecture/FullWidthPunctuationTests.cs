using System.Text.RegularExpressions;

namespace Rectify.UnitTests.Architecture;

/// <summary>
/// Chinese sentences in the pages and the message catalogues use full-width punctuation: a half-width , ; : ? ! ( or )
/// beside a Chinese character is a defect (code — a Razor expression's or a call's closing parenthesis — is not text).
/// </summary>
public partial class FullWidthPunctuationTests
{
    private static readonly string Source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Rectify"));

    public static TheoryData<string> Files() => new(Directory.EnumerateFiles(Source, "*", SearchOption.AllDirectories)
        .Where(IsViewOrCatalogue).Select(f => Path.GetRelativePath(Source, f)).Order());

    [Theory]
    [MemberData(nameof(Files))]
    public void Chinese_text_uses_full_width_punctuation(string file)
    {
        var text = File.ReadAllText(Path.Combine(Source, file));
        var defects = HalfWidth().Matches(text).Where(m => IsText(text, m.Index))
            .Select(m => $"第{text[..m.Index].Count(c => c == '\n') + 1}行：{Around(text, m.Index)}").ToList();
        Assert.Empty(defects);
    }

    [Theory]
    [InlineData("<p>请先登录,再填报进展。</p>", true)]
    [InlineData("<span>(自@(start)起@(days)个工作日)</span>", true)]
    [InlineData("<span>@(days)个工作日</span>", false)]
    [InlineData("<span>@Model.Count()条</span>", false)]
    [InlineData("<span>服务器 @(host):@(port)</span>", false)]
    public void The_rule_tells_text_from_code(string sample, bool defect) =>
        Assert.Equal(defect, HalfWidth().Matches(sample).Any(m => IsText(sample, m.Index)));

    /// <summary>
    /// Every view and every C# file: a page, a message, a job's name, a console line or a generated sentence. Left out: the
    /// report parser, whose patterns read half-width text on purpose.
    /// </summary>
    private static bool IsViewOrCatalogue(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        if (parts.Any(p => p is "bin" or "obj" or "Migrations" or "Parsing" or "wwwroot")) return false;
        var name = Path.GetFileName(path);
        return name.EndsWith(".cshtml") || name.EndsWith(".cs");
    }

    private static bool IsText(string text, int i)
    {
        var lineStart = text.LastIndexOf('\n', i) + 1;
        var lineEnd = text.IndexOf('\n', i) is var e and >= 0 ? e : text.Length;
        var line = text[lineStart..lineEnd];
        if (line.Contains("Regex") || line.Contains("http://") || line.Contains("https://")) return false;
        // A numbering style given as an example ("(一)", "(1)") is a pattern, not a sentence; so is a comment.
        if (line.Contains("\"(一)\"") || line.Contains("\"(1)\"") || line.TrimStart().StartsWith("//", StringComparison.Ordinal)) return false;
        return text[i] != ')' || !ClosesCode(text, i);
    }

    /// <summary>A ')' that closes a Razor expression @(…) or a call f(…).</summary>
    private static bool ClosesCode(string text, int i)
    {
        var depth = 0;
        for (var j = i; j >= 0 && j > i - 400; j--)
        {
            if (text[j] == ')') depth++;
            else if (text[j] == '(' && --depth == 0) return j > 0 && (text[j - 1] == '@' || char.IsAsciiLetterOrDigit(text[j - 1]) || text[j - 1] is '_' or '>' or ']');
        }
        return false;
    }

    private static string Around(string text, int i) => text[Math.Max(0, i - 12)..Math.Min(text.Length, i + 12)].ReplaceLineEndings(" ");

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])[,;:?!()]|[,;:?!(](?=[\u4e00-\u9fff])")]
    private static partial Regex HalfWidth();
}
