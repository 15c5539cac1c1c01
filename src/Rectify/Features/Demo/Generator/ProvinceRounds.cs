using Rectify.Features.Rounds;

namespace Rectify.Features.Demo.Generator;

/// <summary>Rounds with two levels of sections (方面, 类) and their problems, keyed and numbered as RoundOutline does.</summary>
internal sealed class ProvinceRounds
{
    public List<Round> Rounds { get; } = [];
    public List<Section> Sections { get; } = [];
    public List<Problem> Problems { get; } = [];
    /// <summary>Per problem, what its measures need: the round's dates and inspected unit, and the problem's subject.</summary>
    public List<PlannedProblem> Planned { get; } = [];

    public static ProvinceRounds Build(ProvinceTree tree, GeneratorOptions options, DateOnly today, Random random)
    {
        var plan = new ProvinceRounds();
        var inspected = tree.Cities.Concat(tree.Departments).ToList();
        var problemsPerRound = Spread.Split(options.Problems, options.Rounds, random);
        var kinds = Enum.GetValues<RoundKind>();
        for (var i = 0; i < options.Rounds; i++)
        {
            var unit = i < inspected.Count ? inspected[i] : random.Pick(inspected);
            var feedback = today.AddDays(-random.Next(20, 720));
            var kind = kinds[i % kinds.Length];
            var body = random.Pick(ProvinceTexts.Bodies);
            var round = new Round(new RoundDetailsInput(kind, $"{body}对{unit.Name}{kind.Label()}反馈意见整改", $"第{Numbering.Chinese(i % 12 + 1)}轮{kind.Label()}",
                null, body, unit.Id, feedback.AddDays(-90), feedback.AddDays(-30), feedback),
                new DateTimeOffset(feedback.AddDays(3).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            plan.Rounds.Add(round);
            plan.AddOutline(round, feedback, problemsPerRound[i], random);
        }
        return plan;
    }

    private void AddOutline(Round round, DateOnly feedback, int problemCount, Random random)
    {
        var categories = new List<Section>();
        var aspects = 3 + random.Next(3);
        for (var a = 1; a <= aspects; a++)
        {
            var aspect = new Section(round.Id, null, 1, "方面", $"({Numbering.Chinese(a)})", $"关于{ProvinceTexts.Aspects[(a - 1) % ProvinceTexts.Aspects.Length]}方面", a)
            { SortKey = a.ToString("D4") + "." };
            Sections.Add(aspect);
            var count = 2 + random.Next(3);
            for (var c = 1; c <= count; c++)
            {
                var category = new Section(round.Id, aspect.Id, 2, "类", $"{c}.", random.Pick(ProvinceTexts.Categories) + "的问题", c)
                { SortKey = aspect.SortKey + c.ToString("D4") + "." };
                Sections.Add(category);
                categories.Add(category);
            }
        }
        var perCategory = Spread.Split(problemCount, categories.Count, random);
        for (var c = 0; c < categories.Count; c++)
        {
            for (var p = 1; p <= perCategory[c]; p++)
            {
                var subject = random.Next(ProvinceTexts.Subjects.Length);
                var name = ProvinceTexts.Subjects[subject];
                var problem = new Problem(round.Id, categories[c].Id, $"({p})", $"{name}{random.Pick(ProvinceTexts.Faults)}问题",
                    $"如：{name}方面{random.Pick(ProvinceTexts.Faults)}，{random.Pick(ProvinceTexts.Faults)}。", p)
                { SortKey = categories[c].SortKey + "P" + p.ToString("D4") };
                Problems.Add(problem);
                Planned.Add(new PlannedProblem(round.Id, problem.Id, round.InspectedUnitId, feedback, subject));
            }
        }
    }
}

internal sealed record PlannedProblem(Guid RoundId, Guid ProblemId, Guid InspectedUnitId, DateOnly FeedbackDate, int Subject);
