using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>The round's figures from its ledger as of the bulletin's date, worded as the reports state them.</summary>
public sealed record BulletinFigures(int Problems, int ProblemsDone, int Measures, int MeasuresDone, int MeasuresStaged)
{
    public int Open => Measures - MeasuresDone - MeasuresStaged;

    public static BulletinFigures Of(BulletinSource round)
    {
        var problems = All(round.Sections, round.Problems).ToList();
        var measures = problems.SelectMany(p => p.Measures).ToList();
        return new BulletinFigures(problems.Count,
            problems.Count(p => p.Measures.Count > 0 && p.Measures.All(m => m.Status == MeasureStatus.Closed)),
            measures.Count, measures.Count(m => m.Status == MeasureStatus.Closed), measures.Count(m => m.Status == MeasureStatus.StageResult));
    }

    public string Progress(DateOnly date)
    {
        var staged = MeasuresStaged > 0 ? $"{MeasuresStaged}项长期坚持措施取得阶段性成效，" : "";
        return $"反馈意见共涉及{Problems}个具体问题、{Measures}条整改措施。截至{date.ToChinese()}，已有{ProblemsDone}个问题、"
            + $"{MeasuresDone}项措施完成整改，{staged}正在推进措施{Open}项。";
    }

    public static IEnumerable<BulletinProblem> All(IReadOnlyList<BulletinSection> sections, IReadOnlyList<BulletinProblem> problems) =>
        problems.Concat(sections.SelectMany(s => All(s.Sections, s.Problems)));
}
