using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>The title (possibly over two lines), the issuer it names, and where the body begins.</summary>
internal sealed partial record ReportHeader(string? Title, string? Issuer, int BodyStart)
{
    private static readonly string[] TitleWords = ["通报", "公告", "报告", "公示", "情况"];

    public static ReportHeader Read(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < Math.Min(6, lines.Count); i++)
        {
            var t = lines[i].Text;
            if (!IsTitleLike(t) || !t.Contains("关于")) continue;
            var joinsName = i > 0 && t.StartsWith("关于") && ContactBlock.IsSignatureName(lines[i - 1].Text);
            var title = joinsName ? lines[i - 1].Text + t : t;
            return new ReportHeader(title, IssuerIn(title), i + 1);
        }
        return lines.Count > 1 && IsTitleLike(lines[0].Text) && lines[0].Text.Length <= 60 && !BylineRx().IsMatch(lines[0].Text)
            ? new ReportHeader(lines[0].Text, null, 1)
            : new ReportHeader(null, null, 0);
    }

    // "市政府副秘书长、办公室主任市营商环境建设监督局局长刘峰": a speaker's posts and name, not a headline.
    [GeneratedRegex(@"(?:书记|主任|局长|厅长|部长|处长|科长|院长|主席|县长|市长|区长|镇长|秘书长|委员|经理|董事长|负责人)[一-鿿]{2,3}$")]
    private static partial Regex BylineRx();

    private static bool IsTitleLike(string t) =>
        t.Length <= 80 && !t.Contains('。') && Markers.Read(t) is null && DateFinder.ReadDateLine(t) is null
        && (!t.Contains("关于") || TitleWords.Any(t.Contains));

    private static string? IssuerIn(string title)
    {
        var at = title.IndexOf("关于", StringComparison.Ordinal);
        return at > 0 && ContactBlock.IsSignatureName(title[..at]) ? title[..at] : null;
    }
}
