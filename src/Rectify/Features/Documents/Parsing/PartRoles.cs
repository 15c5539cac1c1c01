using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>Recognises a part by its role, whatever its exact heading.</summary>
internal static partial class PartRoles
{
    [GeneratedRegex("下步|下一步|打算|今后|努力方向|工作计划")]
    private static partial Regex NextStepsRx();

    [GeneratedRegex("反馈|问题|整改落实|落实情况|整改成效|落实成效|整改情况|落地见效|整改进展")]
    private static partial Regex FeedbackRx();

    [GeneratedRegex("组织|基本情况|开展情况|重视|领导|部署|总体情况|工作情况")]
    private static partial Regex OrganisationRx();

    [GeneratedRegex("(下一步|下步)")]
    private static partial Regex NextStepWordRx();

    [GeneratedRegex("巡察整改|巡视整改|整改工作|整改成果|常态长效|整改落实")]
    private static partial Regex RectificationWordRx();

    public static PartRole OfHeading(string heading)
    {
        if (NextStepsRx().IsMatch(heading)) return PartRole.NextSteps;
        if (heading.Contains("反馈") || heading.Contains("问题")) return PartRole.Feedback;
        if (OrganisationRx().IsMatch(heading)) return PartRole.Organisation;
        return FeedbackRx().IsMatch(heading) ? PartRole.Feedback : PartRole.Unknown;
    }

    /// <summary>
    /// Keeps as feedback the parts that carry the problems: of those whose heading says so or says nothing
    /// recognisable, the ones scoring at least half the best (a feedback heading adds to the score); the
    /// others are organisation text.
    /// </summary>
    public static void SettleFeedback(IReadOnlyList<IReadOnlyList<SourceLine>> parts, List<PartRole> roles)
    {
        var scores = parts.Select((p, i) => roles[i] switch
        {
            PartRole.Feedback => Score(p) + 3,
            PartRole.Unknown => Score(p),
            _ => -1,
        }).ToList();
        var best = scores.Max();
        var kept = Enumerable.Range(0, roles.Count).Where(i => best > 0 && scores[i] >= 0 && scores[i] * 2 >= best).ToList();
        // Several feedback parts only when their headings say so ("二、…方面问题的整改情况 三、…").
        if (kept.Count > 1) kept = kept.Where(i => roles[i] == PartRole.Feedback).DefaultIfEmpty(scores.IndexOf(best)).ToList();
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is PartRole.Organisation or PartRole.NextSteps) continue;
            roles[i] = kept.Contains(i) ? PartRole.Feedback : PartRole.Organisation;
        }
    }

    // Numbered lines and rectification leads inside the part.
    private static int Score(IReadOnlyList<SourceLine> part) =>
        part.Skip(1).Count(l => Markers.Read(l.Text) is not null)
        + 3 * part.Count(l => Markers.FindRectificationLead(l.Text) is not null);

    public static bool IsNextStepsParagraph(string text) =>
        !Enumerators.StartsWithEnumerator(text) && !Markers.StartsWithRectificationLead(text)
        && NextStepWordRx().IsMatch(text) && RectificationWordRx().IsMatch(text);
}
