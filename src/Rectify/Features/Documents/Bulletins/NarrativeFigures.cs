using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// Figures a narrative states ("截止目前，已有13个问题、33项措施完成整改"; "细化为14个具体问题、制定34条整改措施")
/// belong to the report they came from. In a bulletin a sentence stating progress by numbers is left out (the
/// bulletin's own figures, from the ledger as of its date, say it), and so is one whose counts differ from the
/// ledger's; each is listed for the preview. Text the office wrote itself is kept and only listed.
/// </summary>
public static partial class NarrativeFigures
{
    [GeneratedRegex(@"(\d+)\s*(?:个|项|条|件)(?:具体)?(问题|整改措施|整改任务|措施|任务)")]
    private static partial Regex CountRx();

    // Words that make a count a statement of progress at the time it was written.
    [GeneratedRegex(@"完成|推进|销号|成效|到位|办结|整改中|未整改")]
    private static partial Regex ProgressRx();

    [GeneratedRegex(@"(?<=[。！？])")]
    private static partial Regex SentenceEndRx();

    public sealed record Filtered(string Text, IReadOnlyList<string> LeftOut);

    /// <summary>The paragraph without figure sentences that would contradict the ledger, and those sentences.</summary>
    public static Filtered Filter(string paragraph, int problems, int measures)
    {
        var kept = new List<string>();
        var leftOut = new List<string>();
        foreach (var sentence in SentenceEndRx().Split(paragraph).Where(s => s.Length > 0))
            (Disagrees(sentence, problems, measures) ? leftOut : kept).Add(sentence);
        return new(string.Concat(kept).Trim(), leftOut);
    }

    /// <summary>True when the sentence states progress by numbers, or counts problems or measures other than the ledger's.</summary>
    public static bool Disagrees(string sentence, int problems, int measures)
    {
        var counts = CountRx().Matches(sentence);
        if (counts.Count == 0) return false;
        if (ProgressRx().IsMatch(sentence)) return true;
        return counts.Any(c => int.Parse(c.Groups[1].Value) != (c.Groups[2].Value == "问题" ? problems : measures));
    }

    /// <summary>A long sentence shortened for a list: its first 40 characters.</summary>
    public static string Quote(string sentence) => sentence.Length > 40 ? sentence[..40] + "…" : sentence;
}
