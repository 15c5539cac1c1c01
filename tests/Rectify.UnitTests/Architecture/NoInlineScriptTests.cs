using System.Text.RegularExpressions;

namespace Rectify.UnitTests.Architecture;

/// <summary>
/// The Content-Security-Policy allows the app's own script and style files only, so no view may carry an inline script,
/// an event-handler attribute, a style attribute or a style block: each would silently stop working in the browser.
/// A script element holding JSON data (type="application/json") is data, not script, and allowed.
/// </summary>
public partial class NoInlineScriptTests
{
    private static readonly string Source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Rectify"));

    public static TheoryData<string> Views() => new(Directory.EnumerateFiles(Source, "*.cshtml", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
        .Select(f => Path.GetRelativePath(Source, f)).Order());

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_has_no_inline_script_handler_or_style(string file)
    {
        var text = File.ReadAllText(Path.Combine(Source, file));
        var defects = Inline().Matches(text).Where(m => !m.Value.Contains("application/json"))
            .Select(m => $"第{text[..m.Index].Count(c => c == '\n') + 1}行：{m.Value}").ToList();
        Assert.Empty(defects);
    }

    [Theory]
    [InlineData("<button onclick=\"return confirm('确定？')\">删除</button>", true)]
    [InlineData("<div style=\"width:40%\"></div>", true)]
    [InlineData("<script>alert(1)</script>", true)]
    [InlineData("<style>.a{}</style>", true)]
    [InlineData("<script src=\"~/js/site.js\"></script>", false)]
    [InlineData("<script type=\"application/json\" id=\"data\">{}</script>", false)]
    [InlineData("<form data-confirm=\"确定删除该措施？\">", false)]
    public void The_rule_tells_inline_code_from_files(string sample, bool defect) =>
        Assert.Equal(defect, Inline().Matches(sample).Any(m => !m.Value.Contains("application/json")));

    [GeneratedRegex("""<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+\s*=\s*["']|\sstyle\s*=\s*["']|<style[\s>]""", RegexOptions.IgnoreCase)]
    private static partial Regex Inline();
}
