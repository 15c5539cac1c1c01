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
        var figures = BulletinFigures.Of(round);
        var checks = new List<BulletinCheck>();
        var paragraphs = new List<BulletinParagraph> { new(BulletinStyle.Title, title) };

        paragraphs.AddRange(Edited(round, BulletinKeys.Opening, "开头", figures, checks) is { Count: > 0 } opening
            ? opening.Select(p => Body(p, BulletinKeys.Opening))
            : [Body(Opening(round, kind), BulletinKeys.Opening)]);
        paragraphs.Add(new(BulletinStyle.Heading1, "一、整改工作组织情况"));
        var organisation = Narrative(round.OrganisationText, "一、整改工作组织情况", figures, checks);
        if (organisation.Count == 0)
            organisation.Add($"{issuer}对照反馈意见逐条梳理，细化为{figures.Problems}个具体问题、制定{figures.Measures}条整改措施，"
                + "逐项明确责任领导、责任单位、责任人和完成时限，建立整改台账，完成一项、销号一项。");
        paragraphs.AddRange(organisation.Select(p => Body(p)));

        var body = round.InspectingBody.Trim();
        paragraphs.Add(new(BulletinStyle.Heading1, $"二、{(body.Length > 0 ? body : kind)}反馈意见整改落实情况"));
        paragraphs.Add(Body(figures.Progress(date)));
        new Outline(paragraphs, checks, round, figures).Write(round.Sections, round.Problems, 0, "");

        paragraphs.Add(new(BulletinStyle.Heading1, "三、下步工作打算"));
        var next = Narrative(round.NextStepsText, "三、下步工作打算", figures, checks);
        if (next.Count == 0)
            next.Add(figures.Open > 0
                ? $"下一步，{issuer}将紧盯尚未完成的{figures.Open}项整改措施，逐项督促、限期销号；对已完成整改的事项适时开展“回头看”，巩固整改成果，防止问题反弹。"
                : $"下一步，{issuer}将对已完成整改的事项适时开展“回头看”，巩固整改成果，防止问题反弹，推动{kind}整改常态长效。");
        paragraphs.AddRange(next.Select(p => Body(p)));

        paragraphs.Add(Body(Invitation(round.ContactText, kind)));
        paragraphs.Add(new(BulletinStyle.Signature, issuer));
        paragraphs.Add(new(BulletinStyle.Date, date.ToChinese()));
        return new Bulletin(title, paragraphs, date) { Checks = checks };
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
    private static List<string> Narrative(string? text, string where, BulletinFigures figures, List<BulletinCheck> checks)
    {
        var kept = new List<string>();
        foreach (var paragraph in BulletinText.Paragraphs(text).Where(p => !(p.Length <= 30 && PartHeading().IsMatch(p))))
        {
            var filtered = NarrativeFigures.Filter(paragraph, figures.Problems, figures.Measures);
            checks.AddRange(filtered.LeftOut.Select(s => new BulletinCheck(where,
                $"原文所述“{NarrativeFigures.Quote(s)}”是报告当时的数字，与台账不符，通报中已略去；如需保留，请改写该段")));
            if (filtered.Text.Length > 0) kept.Add(filtered.Text);
        }
        return kept;
    }

    /// <summary>A paragraph the office rewrote: printed as written, its figures only checked.</summary>
    internal static List<string> Edited(BulletinSource round, string key, string where, BulletinFigures figures, List<BulletinCheck> checks)
    {
        if (!round.Edits.TryGetValue(key, out var text)) return [];
        var paragraphs = BulletinText.Paragraphs(text).ToList();
        foreach (var paragraph in paragraphs)
            checks.AddRange(NarrativeFigures.Filter(paragraph, figures.Problems, figures.Measures).LeftOut.Select(s => new BulletinCheck(where,
                $"改写的文字“{NarrativeFigures.Quote(s)}”所述数字请与台账核对（截至成文日期已完成{figures.MeasuresDone}项、正在推进{figures.Open}项）")));
        return paragraphs;
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S+$")]
    private static partial Regex PartHeading();

    private static BulletinParagraph Body(string text, string? key = null) => new(BulletinStyle.Body, BulletinText.Line(text), key);

    private static string Opening(BulletinSource round, string kind)
    {
        var who = round.InspectingBody.Trim().Length > 0 ? round.InspectingBody.Trim() : "有关方面";
        var when = (round.StayStart, round.StayEnd) switch
        {
            // A stay known to the month only ("2020年10月至12月") is kept as the first to the last day of its months.
            ({ Day: 1 } s, { } e) when e.AddDays(1).Day == 1 && s.Year == e.Year => $"{s.Year}年{s.Month}月至{e.Month}月，",
            ({ Day: 1 } s, { } e) when e.AddDays(1).Day == 1 => $"{s.Year}年{s.Month}月至{e.Year}年{e.Month}月，",
            ({ } s, { } e) when s.Year == e.Year => $"{s.ToChinese()}至{e.Month}月{e.Day}日，",
            ({ } s, { } e) => $"{s.ToChinese()}至{e.ToChinese()},",
            ({ } s, null) => $"{s.ToChinese()}起，",
            _ => "",
        };
        var feedback = round.FeedbackDate is { } f ? $"，并于{f.ToChinese()}反馈了{kind}意见" : "";
        return $"根据{kind}工作统一部署，{when}{who}对{round.InspectedUnit}开展了{kind}{feedback}。"
            + $"按照{kind}工作有关要求，现将{kind}整改进展情况予以公布。";
    }

    private static string Invitation(string? contact, string kind)
    {
        var text = BulletinText.Line(contact);
        if (text.StartsWith("欢迎", StringComparison.Ordinal)) return text;
        var invitation = $"欢迎广大干部群众对{kind}整改落实情况进行监督。如有意见建议，请及时向我们反映。";
        return text.Length == 0 ? invitation : invitation + (text.StartsWith("联系") ? text : "联系方式：" + text);
    }

    /// <summary>Sections and problems in the official hierarchy, each problem followed by its 整改情况.</summary>
    private sealed class Outline(List<BulletinParagraph> paragraphs, List<BulletinCheck> checks, BulletinSource round, BulletinFigures figures)
    {
        public void Write(IReadOnlyList<BulletinSection> sections, IReadOnlyList<BulletinProblem> problems, int level, string path)
        {
            var index = 0;
            foreach (var section in sections)
            {
                index++;
                var style = level == 0 ? BulletinStyle.Heading2 : BulletinStyle.Heading3;
                paragraphs.Add(new(style, Label(level, index) + BulletinText.Inner(section.Title)));
                Write(section.Sections, section.Problems, level + 1, path + Label(level, index));
            }
            foreach (var problem in problems)
            {
                index++;
                var heading = Label(level, index) + BulletinText.Sentence(problem.Title);
                if (!string.IsNullOrWhiteSpace(problem.Feedback)) heading += BulletinText.Sentence(problem.Feedback);
                paragraphs.Add(new(level == 0 ? BulletinStyle.Heading2 : BulletinStyle.Heading3, heading));
                var key = BulletinKeys.Problem(problem.Id);
                var where = $"问题{path}{Label(level, index)}";
                var edited = Edited(round, key, where, figures, checks);
                if (edited.Count > 0) paragraphs.AddRange(edited.Select(p => Body(p, key)));
                else if (problem.Measures.Count > 0) paragraphs.Add(Body("整改情况：" + Rectification(problem.Measures, where, checks), key));
            }
        }
    }

    private static string Label(int level, int n) => Levels[Math.Min(level, Levels.Length - 1)](n);

    private static string Rectification(IReadOnlyList<BulletinMeasure> measures, string where, List<BulletinCheck> checks) =>
        string.Concat(measures.Select((m, i) =>
        {
            var sentence = MeasureSentence.Of(m);
            var label = $"{Numbering.Chinese(i + 1)}是";
            if (sentence.Disagreement is { } why) checks.Add(new(where, $"{label}“{NarrativeFigures.Quote(BulletinText.Line(m.Text))}”{why}，通报中未写其状态，请核实"));
            return label + sentence.Text;
        }));
}
