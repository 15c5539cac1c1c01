using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// The figures a report states, read with their counting words: 个方面 → aspects, 类 → categories,
/// 个(具体)问题 / 项问题 / 项整改任务 → problems, 条/项(整改)措施 → measures; in a clause about completion or
/// ongoing work they count what is done or under way.
/// </summary>
internal static partial class StatedFigures
{
    public const string Aspects = "aspects";
    public const string Categories = "categories";
    public const string Problems = "problems";
    public const string Measures = "measures";
    public const string Done = "Completed";
    public const string Ongoing = "InProgress";

    private const string N = @"(?<n>\d+|[一二三四五六七八九十两]{1,3})";

    public const string Tasks = "tasks";

    [GeneratedRegex(N + @"(?:个|大)?方面")] private static partial Regex AspectRx();
    [GeneratedRegex(N + @"(?:大)?类")] private static partial Regex CategoryRx();
    [GeneratedRegex(N + @"(?:个|项)(?:具体|反馈)?问题|问题" + N + @"(?:个|项)(?!方面)|整改" + N + @"个")]
    private static partial Regex ProblemRx();
    [GeneratedRegex(N + @"(?:项|个)(?:具体)?整改任务")] private static partial Regex TaskRx();

    // "12个问题已完成整改10个", "27条措施已完成24条": a total, then how many of it are done.
    [GeneratedRegex(@"(?<t>\d+|[一二三四五六七八九十两]{1,3})(?:个|项)(?:具体)?问题[^,。;]{0,6}?(?:已经|已)?(?:完成整改|整改完成|整改到位|完成|销号|办结)(?<c>\d+|[一二三四五六七八九十两]{1,3})(?:个|项)")]
    private static partial Regex ProblemsDoneRx();
    [GeneratedRegex(@"(?<t>\d+|[一二三四五六七八九十两]{1,3})(?:条|项)(?:具体)?(?:整改)?措施[^,。;]{0,6}?(?:已经|已)?(?:完成整改|完成|落实|办结|销号)(?<c>\d+|[一二三四五六七八九十两]{1,3})(?:条|项)")]
    private static partial Regex MeasuresDoneRx();
    [GeneratedRegex(N + @"(?:条|项)(?:具体)?(?:整改)?措施|措施" + N + @"(?:条|项)")]
    private static partial Regex MeasureRx();

    [GeneratedRegex("完成|已整改|销号|办结")] private static partial Regex DoneRx();
    [GeneratedRegex("正在|推进中|持续推进|按计划推进")] private static partial Regex OngoingRx();

    /// <summary>The figures by name, and the line each was first stated on.</summary>
    public static (Dictionary<string, int> Values, Dictionary<string, string> Where) Read(IEnumerable<SourceLine> lines)
    {
        var stated = new Dictionary<string, int>();
        var where = new Dictionary<string, string>();
        foreach (var line in lines)
        {
            Read(line.Text, stated);
            foreach (var name in stated.Keys.Where(k => !where.ContainsKey(k)).ToList()) where[name] = line.Where;
        }
        // "细化22项整改任务" with no problem figure: the tasks are the problems; after "12个问题" they refine them.
        if (!stated.ContainsKey(Problems) && stated.Remove(Tasks, out var tasks))
        {
            stated[Problems] = tasks;
            where[Problems] = where[Tasks];
            where.Remove(Tasks);
        }
        return (stated, where);
    }

    private static void Read(string text, Dictionary<string, int> stated)
    {
        foreach (var whole in Regex.Split(text, "[。;,]"))
        {
            var clause = TotalAndDone(whole, ProblemsDoneRx(), Problems, stated);
            clause = TotalAndDone(clause, MeasuresDoneRx(), Measures, stated);
            // "已有13个问题、33项措施完成整改" speaks of completion as a whole; "完成整改3个、正在整改1个" part by part.
            var clauseSuffix = SuffixOf(clause);
            foreach (var part in clause.Split('、'))
            {
                var suffix = SuffixOf(part) is { Length: > 0 } own ? own : clauseSuffix;
                Add(stated, Aspects, AspectRx(), part, "");
                Add(stated, Categories, CategoryRx(), part, "");
                Add(stated, Problems, ProblemRx(), part, suffix);
                Add(stated, Measures, MeasureRx(), part, suffix);
                Add(stated, Tasks, TaskRx(), part, "");
            }
            if (clauseSuffix == Done && clause.Contains("全部") && stated.TryGetValue(Problems + Done, out var all))
                stated.TryAdd(Problems, all);
        }
    }

    // The figures are taken and their words blanked, so the clause's other figures are read as before.
    private static string TotalAndDone(string clause, Regex rx, string name, Dictionary<string, int> stated)
    {
        var m = rx.Match(clause);
        if (!m.Success || ChineseNumerals.Parse(m.Groups["t"].Value) is not { } total
            || ChineseNumerals.Parse(m.Groups["c"].Value) is not { } done) return clause;
        stated.TryAdd(name, total);
        stated.TryAdd(name + Done, done);
        return clause[..m.Index] + new string(' ', m.Length) + clause[(m.Index + m.Length)..];
    }

    private static string SuffixOf(string text) =>
        OngoingRx().IsMatch(text) ? Ongoing : DoneRx().IsMatch(text) ? Done : "";

    private static void Add(Dictionary<string, int> stated, string name, Regex rx, string clause, string suffix)
    {
        foreach (Match m in rx.Matches(clause))
        {
            var n = m.Groups["n"].Captures.Select(c => c.Value).FirstOrDefault(v => v.Length > 0);
            var value = n is null ? null : ChineseNumerals.Parse(n);
            if (value is not null) stated.TryAdd(name + suffix, value.Value);
        }
    }
}
