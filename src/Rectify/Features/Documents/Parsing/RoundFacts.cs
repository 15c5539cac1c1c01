using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>What the opening says about the inspection: who inspected whom, when, and when feedback was given.</summary>
internal sealed partial record RoundFacts(
    string? InspectingBody, string? InspectedUnit, string? CampaignName,
    string? StayStart, string? StayEnd, string? FeedbackDate)
{
    private const string Num = "[一二三四五六七八九十\\d]+";

    // Every kind of team: 市委第五巡察组, 省委巡视三组, 县委提级交叉巡察组, 区委联动巡察组, 第一轮巡察第二组, 省政府第三督查组, 市审计局审计组.
    [GeneratedRegex(@"(?<by>中央|省委|市委|州委|盟委|县委|区委|旗委|工委|党委|党组|国务院|省政府|市政府|县政府|区政府|[^,。;、\s]{1,8}?(?:审计署|审计厅|审计局))?(?<nth>第" + Num + "轮?)?(?<how>提级|交叉|联动|专项|机动|异地)*(?:巡视|巡察|督查|审计|督导)(?<team>第?" + Num + ")?组")]
    private static partial Regex InspectingBodyRx();

    [GeneratedRegex(@"组(?:对|进驻)(?<u>[^,。;]{2,40}?)(?:\([^)]*\))?(?:进行了|开展了|开展|进行|实施了|实施)")]
    private static partial Regex InspectedUnitRx();

    [GeneratedRegex(@"(?:" + Num + "届)?(?:中央|省委|市委|州委|县委|区委|工委)?第" + Num + "轮(?:专项)?(?:巡视|巡察)")]
    private static partial Regex CampaignRx();

    private static readonly string[] RangeWords = ["至", "-", "—", "到", "~", "—至"];

    /// <summary>Dates with no year anywhere before them take <paramref name="fallbackYear"/> (the publication's), with a warning.</summary>
    public static RoundFacts Read(string opening, string? where, int? fallbackYear, ParseContext context)
    {
        opening = DateFinder.WithArabicDates(opening);
        var dates = DateFinder.InheritYears(DateFinder.FindAll(opening));
        if (fallbackYear is { } year && dates.Any(d => d.Year is null))
        {
            dates = dates.Select(d => d.Year is null ? d.WithYear(year) : d).ToList();
            context.Warn("DateYearInferred", ParsingMessages.DateYearInferred(year), where);
        }
        var stay = FindStay(opening, dates);
        var feedbackAt = opening.IndexOf("反馈", stay?.End.End ?? 0, StringComparison.Ordinal);
        var sentenceEnd = feedbackAt < 0 ? -1 : opening.IndexOf('。', feedbackAt) is var e and >= 0 ? e : opening.Length;
        var feedback = feedbackAt < 0 ? null
            : dates.LastOrDefault(d => d.Index >= (stay?.End.End ?? 0) && d.End <= feedbackAt && d.Day is not null)
              ?? dates.FirstOrDefault(d => d.Index > feedbackAt && d.End <= sentenceEnd && d.Day is not null);
        return new RoundFacts(
            TeamIn(opening),
            InspectedUnitRx().Match(opening) is { Success: true } u ? u.Groups["u"].Value.Trim() : null,
            CampaignRx().Match(opening) is { Success: true } c ? c.Value : null,
            Checked(stay?.Start, context, where), Checked(stay?.End, context, where), Checked(feedback, context, where));
    }

    /// <summary>The ISO text of a date, with a warning when characters were lost or it cannot be read.</summary>
    public static string? Checked(FoundDate? date, ParseContext context, string? where = null)
    {
        if (date is null) return null;
        if (date.Ambiguous) context.Warn("DateAmbiguous", ParsingMessages.DateAmbiguous(date.Written), where);
        else if (date.Recovered) context.Warn("DateRecovered", ParsingMessages.DateRecovered(date.Written, date.Iso!), where);
        return date.Iso;
    }

    // A bare 巡察组 names no team: it must say whose, which, what kind or its number.
    private static string? TeamIn(string opening) =>
        InspectingBodyRx().Matches(opening).FirstOrDefault(m => new[] { "by", "nth", "how", "team" }.Any(g => m.Groups[g].Success))?.Value;

    private static (FoundDate Start, FoundDate End)? FindStay(string text, IReadOnlyList<FoundDate> dates)
    {
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var between = text[dates[i].End..dates[i + 1].Index].Trim();
            if (RangeWords.Contains(between)) return (dates[i], dates[i + 1]);
        }
        return null;
    }
}
