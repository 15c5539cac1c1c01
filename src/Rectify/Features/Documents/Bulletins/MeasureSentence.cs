using System.Text.RegularExpressions;
using Rectify.Features.Rounds;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// One measure in a problem's 整改情况, as an office writes it: what was done (the measure's headline and its latest
/// progress, or else the measure's text as the plan), then where it stands in the bulletin's words — 已完成整改,
/// 正在推进, or 长期坚持、已取得阶段性成效. Never a percentage, never an internal note about uploads and
/// attachments, never a state the text contradicts: where text and state disagree the state is left out and the
/// disagreement is returned for the preview.
/// </summary>
public static partial class MeasureSentence
{
    // Clauses that speak to the office, not the public: evidence uploaded, attachments, screenshots.
    [GeneratedRegex(@"佐证|附件|上传|截图|扫描件|见附|备查|系统内|台账系统|平台中填报")]
    private static partial Regex InternalNoteRx();

    // A bare completion percentage ("已完成90%", "进度60%"): the ledger's measure, not a sentence for the public.
    [GeneratedRegex(@"^(目前)?(整体)?(已)?(完成率|完成进度|完成|进度|推进)(了)?(达到?|为)?\d+(\.\d+)?[%％]$")]
    private static partial Regex PercentClauseRx();

    // Text that reports the work as finished.
    [GeneratedRegex(@"已全部(完成|落实|办结|整改)|已完成整改|已整改(完成|到位)|整改到位|全面完成|已经完成|均已完成|已按照|已办结|已销号")]
    private static partial Regex ReadsDoneRx();

    // Text that says the work goes on.
    [GeneratedRegex(@"正在(按计划)?(持续)?推进|持续推进|正在实施|正在办理|尚未(启动|完成)")]
    private static partial Regex ReadsOngoingRx();

    [GeneratedRegex(@"(?<=[，,；;。！？])")]
    private static partial Regex ClauseEndRx();

    public sealed record Result(string Text, string? Disagreement);

    public static Result Of(BulletinMeasure m)
    {
        var progress = Clean(m.Progress);
        var done = progress.Length > 0 ? BulletinText.Sentence(Headline(m.Text)) + BulletinText.Sentence(progress) : BulletinText.Sentence(Clean(m.Text));
        var reported = progress.Length > 0 ? progress : m.Text;
        var settled = m.Status is MeasureStatus.Closed or MeasureStatus.StageResult;

        if (!settled && m.Status != MeasureStatus.CloseOutRequested && ReadsDoneRx().IsMatch(reported))
            return new(done, $"文字称已完成，台账状态为“{m.Status.Label()}”");
        if (settled && progress.Length > 0 && ReadsOngoingRx().IsMatch(progress))
            return new(done, $"进展称仍在推进，台账状态为“{m.Status.Label()}”");
        // A measure done and awaiting review reads as its report says; a progress saying it goes on needs no echo.
        if (m.Status == MeasureStatus.CloseOutRequested && ReadsDoneRx().IsMatch(reported)) return new(done, null);
        if (!settled && ReadsOngoingRx().IsMatch(progress) && m.Kind != MeasureKind.LongTerm) return new(done, null);
        return new(done + State(m), null);
    }

    private static string State(BulletinMeasure m) => m.Status switch
    {
        MeasureStatus.Closed => "目前已完成整改。",
        MeasureStatus.StageResult => "该项措施需长期坚持，目前已取得阶段性成效。",
        _ when m.Kind == MeasureKind.LongTerm => "该项措施需长期坚持，目前正在推进。",
        _ => "目前正在推进。",
    };

    /// <summary>The measure's first sentence when it has several ("加强理论学习，提升政治素养。将…"): its headline.</summary>
    private static string Headline(string text)
    {
        var line = BulletinText.Line(text);
        var end = line.IndexOf('。');
        return end > 0 && end < line.Length - 1 ? line[..(end + 1)] : line;
    }

    /// <summary>The text without internal notes and bare percentages, clause by clause.</summary>
    public static string Clean(string? text)
    {
        var line = BulletinText.Line(text);
        if (line.Length == 0) return "";
        var kept = ClauseEndRx().Split(line).Where(c => c.Length > 0)
            .Where(c => !InternalNoteRx().IsMatch(c) && !PercentClauseRx().IsMatch(c.TrimEnd('，', ',', '；', ';', '。', '！', '？')))
            .ToList();
        return string.Concat(kept).Trim();
    }
}
