using System.Text.RegularExpressions;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// Writes a round's progress bulletin in the structure of the published reports: the opening, 一、整改工作组织情况,
/// 二、反馈意见整改落实情况 (every section and problem with its 整改情况 from the measures' latest progress),
/// 三、下步工作打算, the invitation to supervision with the contact details, the issuer and the date.
/// Headings are numbered by the official hierarchy 一、 (一) 1. (1) ①, whatever the round's own labels.
/// </summary>
public static partial class BulletinComposer
{
    private static readonly Func<int, string>[] Levels =
    [
        n => $"（{Numbering.Chinese(n)}）",
        n => $"{n}.",
        n => $"（{n}）",
        n => n <= 20 ? ((char)('\u2460' + n - 1)).ToString() : $"（{n}）",
    ];

    public static Bulletin Compose(BulletinSource round, DateOnly date)
    {
        var kind = round.Kind.Label();
        var issuer = string.IsNullOrWhiteSpace(round.Issuer) ? round.InspectedUnit : round.Issuer.Trim();
        var title = $"{issuer}关于{kind}整改进展情况的通报";
        var figures = Figures.Of(round);
        var paragraphs = new List<BulletinParagraph> { new(BulletinStyle.Title, title) };

        paragraphs.Add(Body(Opening(round, kind)));
        paragraphs.Add(new(BulletinStyle.Heading1, "一、整改工作组织情况"));
        var organisation = Narrative(round.OrganisationText);
        if (organisation.Count == 0)
            organisation.Add($"{issuer}对照反馈意见逐条梳理,细化为{figures.Problems}个具体问题、制定{figures.Measures}条整改措施,"
                + "逐项明确责任领导、责任单位、责任人和完成时限,建立整改台账,完成一项、销号一项。");
        paragraphs.AddRange(organisation.Select(p => Body(p)));

        var body = round.InspectingBody.Trim();
        paragraphs.Add(new(BulletinStyle.Heading1, $"二、{(body.Length > 0 ? body : kind)}反馈意见整改落实情况"));
        paragraphs.Add(Body(figures.Progress(date)));
        WriteOutline(paragraphs, round.Sections, round.Problems, 0);

        paragraphs.Add(new(BulletinStyle.Heading1, "三、下步工作打算"));
        var next = Narrative(round.NextStepsText);
        if (next.Count == 0)
            next.Add(figures.Open > 0
                ? $"下一步,{issuer}将紧盯尚未完成的{figures.Open}项整改措施,逐项督促、限期销号;对已完成整改的事项适时开展“回头看”,巩固整改成果,防止问题反弹。"
                : $"下一步,{issuer}将对已完成整改的事项适时开展“回头看”,巩固整改成果,防止问题反弹,推动{kind}整改常态长效。");
        paragraphs.AddRange(next.Select(p => Body(p)));

        paragraphs.Add(Body(Invitation(round.ContactText, kind)));
        paragraphs.Add(new(BulletinStyle.Signature, issuer));
        paragraphs.Add(new(BulletinStyle.Date, date.ToChinese()));
        return new Bulletin(title, paragraphs, date);
    }

    /// <summary>
    /// A long title set in two lines as the standard asks (no line ending mid-word): the issuer, then "关于…的通报".
    /// Twenty characters of 2号 fill a line.
    /// </summary>
    public static IReadOnlyList<string> TitleLines(string title)
    {
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        return title.Length > 20 && about > 0 ? [title[..about], title[about..]] : [title];
    }

    /// <summary>A narrative's paragraphs without a part heading of its own ("三、下步整改工作打算"): the bulletin writes its own.</summary>
    private static List<string> Narrative(string? text) =>
        BulletinText.Paragraphs(text).Where(p => !(p.Length <= 30 && PartHeading().IsMatch(p))).ToList();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S+$")]
    private static partial Regex PartHeading();

    private static BulletinParagraph Body(string text) => new(BulletinStyle.Body, BulletinText.Line(text));

    private static string Opening(BulletinSource round, string kind)
    {
        var who = round.InspectingBody.Trim().Length > 0 ? round.InspectingBody.Trim() : "有关方面";
        var when = (round.StayStart, round.StayEnd) switch
        {
            // A stay known to the month only ("2020年10月至12月") is kept as the first to the last day of its months.
            ({ Day: 1 } s, { } e) when e.AddDays(1).Day == 1 && s.Year == e.Year => $"{s.Year}年{s.Month}月至{e.Month}月,",
            ({ Day: 1 } s, { } e) when e.AddDays(1).Day == 1 => $"{s.Year}年{s.Month}月至{e.Year}年{e.Month}月,",
            ({ } s, { } e) when s.Year == e.Year => $"{s.ToChinese()}至{e.Month}月{e.Day}日,",
            ({ } s, { } e) => $"{s.ToChinese()}至{e.ToChinese()},",
            ({ } s, null) => $"{s.ToChinese()}起,",
            _ => "",
        };
        var feedback = round.FeedbackDate is { } f ? $",并于{f.ToChinese()}反馈了{kind}意见" : "";
        return $"根据{kind}工作统一部署,{when}{who}对{round.InspectedUnit}开展了{kind}{feedback}。"
            + $"按照{kind}工作有关要求,现将{kind}整改进展情况予以公布。";
    }

    private static string Invitation(string? contact, string kind)
    {
        var text = BulletinText.Line(contact);
        if (text.StartsWith("欢迎", StringComparison.Ordinal)) return text;
        var invitation = $"欢迎广大干部群众对{kind}整改落实情况进行监督。如有意见建议,请及时向我们反映。";
        return text.Length == 0 ? invitation : invitation + (text.StartsWith("联系") ? text : "联系方式:" + text);
    }

    private static void WriteOutline(List<BulletinParagraph> paragraphs, IReadOnlyList<BulletinSection> sections,
        IReadOnlyList<BulletinProblem> problems, int level)
    {
        var index = 0;
        foreach (var section in sections)
        {
            index++;
            var style = level == 0 ? BulletinStyle.Heading2 : BulletinStyle.Heading3;
            paragraphs.Add(new(style, Label(level, index) + BulletinText.Inner(section.Title)));
            WriteOutline(paragraphs, section.Sections, section.Problems, level + 1);
        }
        foreach (var problem in problems)
        {
            index++;
            var heading = Label(level, index) + BulletinText.Sentence(problem.Title);
            if (!string.IsNullOrWhiteSpace(problem.Feedback)) heading += BulletinText.Sentence(problem.Feedback);
            paragraphs.Add(new(level == 0 ? BulletinStyle.Heading2 : BulletinStyle.Heading3, heading));
            if (problem.Measures.Count > 0) paragraphs.Add(Body("整改情况:" + Rectification(problem.Measures)));
        }
    }

    private static string Label(int level, int n) => Levels[Math.Min(level, Levels.Length - 1)](n);

    private static string Rectification(IReadOnlyList<BulletinMeasure> measures) =>
        string.Concat(measures.Select((m, i) => $"{Numbering.Chinese(i + 1)}是{BulletinText.Sentence(m.Text)}{Progress(m)}"));

    /// <summary>What has been done, from the latest progress report, and where the measure stands.</summary>
    private static string Progress(BulletinMeasure m)
    {
        var done = BulletinText.Sentence(m.Progress);
        var state = m.Status switch
        {
            MeasureStatus.Closed => "目前已完成整改。",
            MeasureStatus.StageResult => "该项措施需长期坚持,目前已取得阶段性成效。",
            MeasureStatus.CloseOutRequested => "目前已申请销号,正在审核。",
            MeasureStatus.InProgress when m.Kind == MeasureKind.LongTerm => "该项措施需长期坚持,目前正在持续推进。",
            MeasureStatus.InProgress => $"目前正在推进,已完成{m.Percent}%。",
            _ => "目前尚未启动。",
        };
        return done + state;
    }

    /// <summary>The round's figures as the reports state them.</summary>
    private sealed record Figures(int Problems, int ProblemsDone, int Measures, int MeasuresDone, int MeasuresStaged)
    {
        public int Open => Measures - MeasuresDone - MeasuresStaged;

        public static Figures Of(BulletinSource round)
        {
            var problems = All(round.Sections, round.Problems).ToList();
            var measures = problems.SelectMany(p => p.Measures).ToList();
            return new Figures(problems.Count,
                problems.Count(p => p.Measures.Count > 0 && p.Measures.All(m => m.Status == MeasureStatus.Closed)),
                measures.Count, measures.Count(m => m.Status == MeasureStatus.Closed), measures.Count(m => m.Status == MeasureStatus.StageResult));
        }

        public string Progress(DateOnly date)
        {
            var staged = MeasuresStaged > 0 ? $"{MeasuresStaged}项长期坚持措施取得阶段性成效," : "";
            return $"反馈意见共涉及{Problems}个具体问题、{Measures}条整改措施。截至{date.ToChinese()},已有{ProblemsDone}个问题、"
                + $"{MeasuresDone}项措施完成整改,{staged}正在推进措施{Open}项。";
        }

        private static IEnumerable<BulletinProblem> All(IReadOnlyList<BulletinSection> sections, IReadOnlyList<BulletinProblem> problems) =>
            problems.Concat(sections.SelectMany(s => All(s.Sections, s.Problems)));
    }
}
