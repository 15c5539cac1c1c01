using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>The web page's own date (发布时间, 成文日期, 来源 line), used when the report has no dated signature.</summary>
internal static partial class PageDate
{
    [GeneratedRegex("发布时间|发布日期|成文日期|来源|日期[:]")]
    private static partial Regex PageDateLabelRx();

    public static string? Find(IReadOnlyList<SourceLine> raw)
    {
        var lines = raw.Where(l => l.Text.Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!PageDateLabelRx().IsMatch(lines[i].Text)) continue;
            // A metadata table puts the value on the line after its label.
            var text = WebChrome.IsMetadataLabel(lines[i].Text) && i + 1 < lines.Count ? lines[i + 1].Text : lines[i].Text;
            var date = DateFinder.FindAll(DateFinder.WithArabicDates(text)).FirstOrDefault(d => d.Year is not null && d.Day is not null);
            if (date is not null) return date.Iso;
        }
        return null;
    }
}
