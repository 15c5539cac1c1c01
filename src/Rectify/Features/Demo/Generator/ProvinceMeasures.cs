using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Organization;

namespace Rectify.Features.Demo.Generator;

/// <summary>
/// Measures for the planned problems, streamed, each brought to its status through the entity's own transitions,
/// so every generated row is one the app could have produced. Progress updates, close-outs and cooperating units
/// are collected on the way and written after the measures they point to.
/// </summary>
internal sealed class ProvinceMeasures(ProvinceTree tree, DateOnly today, WorkingDayCalendar calendar, Random random)
{
    private static readonly DateTimeOffset Noon = new(2000, 1, 1, 4, 0, 0, TimeSpan.Zero);

    public List<MeasureCooperatingUnit> Cooperating { get; } = [];
    public List<ProgressUpdate> Updates { get; } = [];
    public List<CloseOut> CloseOuts { get; } = [];

    public IEnumerable<Measure> Generate(IReadOnlyList<PlannedProblem> problems, int total, Action<int> onProgress)
    {
        var perProblem = Spread.Split(total, problems.Count, random);
        var written = 0;
        for (var p = 0; p < problems.Count; p++)
        {
            var labels = new List<string>(perProblem[p]);
            for (var n = 1; n <= perProblem[p]; n++)
            {
                yield return Create(problems[p], labels);
                if (++written % 100_000 == 0) onProgress(written);
            }
        }
    }

    /// <summary>The next measure of the problem, labelled and placed by the entity's rule (一是, 二是, …) like any added measure.</summary>
    private Measure Create(PlannedProblem problem, List<string> labels)
    {
        var kind = random.Next(100) switch { < 30 => MeasureKind.Immediate, < 82 => MeasureKind.Dated, _ => MeasureKind.LongTerm };
        var subject = random.Next(100) < 70 ? problem.Subject : random.Next(ProvinceTexts.Subjects.Length);
        var text = $"{random.Pick(ProvinceTexts.Actions)}{ProvinceTexts.Subjects[subject]}{random.Pick(ProvinceTexts.Objects)},{random.Pick(ProvinceTexts.Tails)}";
        var measure = Measure.AddTo(problem.RoundId, problem.ProblemId, labels, null, text, kind);
        labels.Add(measure.Label);
        Assign(measure, problem);
        if (kind != MeasureKind.LongTerm) Limit(measure, problem.FeedbackDate, kind);
        Advance(measure, problem.FeedbackDate);
        return measure;
    }

    private void Assign(Measure measure, PlannedProblem problem)
    {
        var candidates = tree.Below.TryGetValue(problem.InspectedUnitId, out var below) && below.Count > 0 ? below : [tree.Root];
        var unit = random.Pick(candidates);
        var cooperating = new List<Guid>();
        if (random.Next(100) < 12 && candidates.Count > 1)
        {
            for (var i = 1 + random.Next(2); i > 0; i--) cooperating.Add(random.Pick(candidates).Id);
        }
        var lead = random.Pick(ProvinceTexts.Leaders);
        measure.AssignResponsibility(new MeasureResponsibility(lead, null, random.Pick(ProvinceTexts.Leaders), null,
            unit.Id, cooperating, random.Pick(ProvinceTexts.Persons), null));
        Cooperating.AddRange(measure.CooperatingUnits);
    }

    /// <summary>Limits from well past to well ahead of today: some overdue, some due within days, most ahead.</summary>
    private void Limit(Measure measure, DateOnly feedback, MeasureKind kind)
    {
        var offset = kind == MeasureKind.Immediate ? random.Next(-200, 60) : random.Next(-150, 400);
        var limit = today.AddDays(offset);
        if (limit <= feedback) limit = feedback.AddDays(15 + random.Next(60));
        measure.SetTimeLimit(null, limit, calendar);
    }

    private void Advance(Measure measure, DateOnly feedback)
    {
        var plan = random.Next(100);
        if (plan < 15) return; // not started
        var daysSince = Math.Max(1, today.DayNumber - feedback.DayNumber);
        var on = feedback.AddDays(1 + random.Next(daysSince));
        var done = plan >= 55;
        var percent = done ? 100 : 10 + random.Next(81);
        var text = done ? ProvinceTexts.Progress[^1] : random.Pick(ProvinceTexts.Progress);
        measure.RecordProgress(text, percent, on, today);
        if (random.Next(100) < 24) Updates.Add(new ProgressUpdate(measure.Id, text, percent, on, null, random.Pick(ProvinceTexts.Persons), At(on)));
        if (plan < 55)
        {
            if (plan < 20) Return(measure, on);
            return; // in progress
        }
        var by = plan < 65 ? random.Pick(ProvinceTexts.Persons) : "责任单位联络员";
        var request = measure.RequestCloseOut(new CloseOutRequest("已按要求完成整改，请审核销号。", 1, true, null, by, At(on), on));
        // Only the requests still waiting are written: the decided ones would double the rows for no figure shown.
        if (plan < 65)
        {
            CloseOuts.Add(request);
            return; // awaiting review
        }
        var decided = on.AddDays(Math.Min(10, Math.Max(0, today.DayNumber - on.DayNumber)));
        var office = new CloseOutDecider("省整改办", At(decided), decided);
        if (measure.Kind == MeasureKind.LongTerm && plan < 80) measure.ApproveAsStageResult(office);
        else measure.ApproveCloseOut(office);
    }

    private static void Return(Measure measure, DateOnly on)
    {
        measure.RequestCloseOut(new CloseOutRequest("已按要求完成整改，请审核销号。", 1, true, null, "责任单位联络员", At(on), on));
        measure.ReturnCloseOut("佐证材料不够完整，请补充后重新提交。", new CloseOutDecider("省整改办", At(on), on));
    }

    private static DateTimeOffset At(DateOnly on) => Noon.AddDays(on.DayNumber - DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber);
}
