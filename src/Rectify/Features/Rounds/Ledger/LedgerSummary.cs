namespace Rectify.Features.Rounds.Ledger;

/// <summary>The figures a report states, computed from the data; measures fall into disjoint buckets.</summary>
public sealed record LedgerSummary(
    IReadOnlyList<SectionLevelCount> Levels, int Problems, int Measures, int CompletedProblems, int StageResultProblems,
    int ClosedMeasures, int InProgressMeasures, int LongTermMeasures, int OverdueMeasures, int PendingReview)
{
    /// <summary>"共3个方面、10类问题，细化为22个具体问题、71条整改措施；已完成整改…个问题、…条措施，正在推进…条，长期坚持…条，超期…条"</summary>
    public string Text
    {
        get
        {
            var levels = string.Join("、", Levels.Select(l => l.Text));
            var head = levels.Length > 0 ? $"共{levels}，细化为{Problems}个具体问题、{Measures}条整改措施" : $"共{Problems}个具体问题、{Measures}条整改措施";
            return $"{head}；已完成整改{CompletedProblems}个问题、{ClosedMeasures}条措施，正在推进{InProgressMeasures}条，长期坚持{LongTermMeasures}条，超期{OverdueMeasures}条";
        }
    }
}

public sealed record SectionLevelCount(int Depth, string LevelName, int Count)
{
    /// <summary>"3个方面", "10类问题": 类 counts problem categories.</summary>
    public string Text => LevelName switch
    {
        "类" or "类问题" => $"{Count}类问题",
        "" => $"{Count}个部分",
        _ => $"{Count}个{LevelName}",
    };
}
