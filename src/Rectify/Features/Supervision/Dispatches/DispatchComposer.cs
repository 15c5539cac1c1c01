using System.Globalization;
using Rectify.Features.Appeals;
using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Calendar;
using Rectify.Platform.Text;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>A dispatch written out: paragraphs before the ranked table, the table, and the paragraphs after it.</summary>
/// <summary>A dispatch of all rounds also has its appeals: the paragraphs of that section and its table, before the closing.</summary>
public sealed record DispatchDocument(string Title, IReadOnlyList<BulletinParagraph> Opening, IReadOnlyList<IReadOnlyList<string>> Table,
    IReadOnlyList<BulletinParagraph> Middle, IReadOnlyList<IReadOnlyList<string>>? AppealsTable, IReadOnlyList<BulletinParagraph> Closing, DateOnly Date)
{
    public string FileName(string extension) => $"{Title}.{extension}";
}

/// <summary>
/// The dispatch report's words (调度通报): its title, the overall figures and the change since the previous issue, the
/// ranking rule, the ranked table and the worst measures, the requirements, issuer and date. The page, the .xlsx and the
/// .docx take their headings and cells from here.
/// </summary>
public static class DispatchComposer
{
    public const string AllRounds = "全部轮次";

    public const string RankingRule = "排名规则：按完成率（已完成和取得阶段性成效的措施占措施总数的比例）由高到低排列；完成率相同的，超期措施少的在前；"
        + "仍相同的并列。未明确责任单位的措施单列，不参与排名。";

    public static readonly IReadOnlyList<string> UnitHeader =
        ["排名", "单位", "措施总数", "已完成", "阶段性成效", "推进中", "临期", "超期", "滞后", "本期完成", "完成率（%）", "排名变化", "完成率变化"];

    public static readonly IReadOnlyList<string> MeasureHeader = ["序号", "预警", "责任单位", "整改措施", "所属轮次", "完成时限", "超期天数", "完成进度（%）"];

    public static string TitleOf(string office, int number) => $"{office}整改工作调度通报（第{number}期）";

    public static string ScopeOf(string? round) => round ?? AllRounds;

    public static string WarningOf(DispatchWarning warning) => warning == DispatchWarning.Overdue ? "超期" : "滞后";

    /// <summary>A unit's line; with no previous dispatch to compare, the changes read —, else a unit not in it reads 新增.</summary>
    public static IReadOnlyList<string> UnitCells(DispatchUnitRow u, bool compared) =>
    [
        u.Rank?.ToString() ?? "—", u.Unit, $"{u.Measures}", $"{u.Closed}", $"{u.StageResult}", $"{u.InProgress}", $"{u.DueSoon}", $"{u.Overdue}",
        $"{u.Lagging}", $"{u.CompletedInPeriod}", Percent(u.CompletionRate), u.Change?.RankText ?? (compared ? "新增" : "—"), u.Change?.RateText ?? "—",
    ];

    public static IReadOnlyList<string> MeasureCells(DispatchMeasureRow m) =>
    [
        $"{m.Position}", WarningOf(m.Warning), m.Unit, ChinesePunctuation.Normalize(Unlabelled(m.Text)), m.Round, m.TimeLimit?.ToChinese() ?? "长期坚持",
        m.Warning == DispatchWarning.Overdue ? $"{m.DaysOverdue}" : "", $"{m.Percent}",
    ];

    public static DispatchDocument Compose(DispatchDetails d)
    {
        var t = d.Totals;
        var scope = d.Round is { } round ? $"“{round}”" : "各轮次";
        List<BulletinParagraph> opening =
        [
            new(BulletinStyle.Title, d.Title),
            Body($"为推动整改任务落实落地，现将{d.PeriodFrom.ToChinese()}至{d.PeriodTo.ToChinese()}{scope}整改工作进展情况通报如下。"),
            new(BulletinStyle.Heading1, "一、总体情况"),
            Body($"截至{d.PeriodTo.ToChinese()}，共有整改措施{t.Measures}项，已完成{t.Closed + t.StageResult}项（其中长期坚持措施取得阶段性成效{t.StageResult}项），"
                + $"正在推进{t.InProgress}项，完成率{Percent(t.CompletionRate)}%；超期{t.Overdue}项，临期{t.DueSoon}项，滞后{t.Lagging}项。本期完成{t.CompletedInPeriod}项。"
                + Compared(d)),
            new(BulletinStyle.Heading1, "二、各单位整改进展排名"),
            Body(RankingRule),
        ];
        List<BulletinParagraph> middle = [new(BulletinStyle.Heading1, "三、超期和滞后措施")];
        middle.AddRange(d.Measures.Count == 0
            ? [Body("截至本期，无超期、滞后措施。")]
            : d.Measures.Select(m => Body($"{m.Position}.{m.Unit}：{BulletinText.Line(Unlabelled(m.Text))}（{m.Round}，完成时限{m.TimeLimit?.ToChinese() ?? "长期坚持"}，"
                + (m.Warning == DispatchWarning.Overdue ? $"已超期{m.DaysOverdue}天）" : $"进度滞后，已完成{m.Percent}%）"))));
        IReadOnlyList<IReadOnlyList<string>>? appealsTable = null;
        if (d.Appeals is { } appeals)
        {
            middle.Add(new(BulletinStyle.Heading1, "四、企业诉求办理情况"));
            middle.AddRange(AppealParagraphs(appeals).Select(Body));
            if (appeals.Units.Count > 0)
                appealsTable = appeals.Units.Append(appeals.Total).Select(AppealCells).Prepend(AppealHeader).ToList();
        }
        List<BulletinParagraph> closing =
        [
            new(BulletinStyle.Heading1, d.Appeals is null ? "四、工作要求" : "五、工作要求"),
            Body("请排名靠后和存在超期、滞后措施的单位认真分析原因，逐项明确整改时限和责任人，加快推进整改；"
                + (d.Appeals is null ? "" : "诉求办理末位的单位要限时办结、提升答复质量；")
                + "对连续两期排名末位的单位，将进行约谈。"),
            new(BulletinStyle.Signature, d.Office),
            new(BulletinStyle.Date, d.IssuedOn.ToChinese()),
        ];
        var table = d.Units.Select(u => UnitCells(u, d.PreviousId is not null)).Prepend(UnitHeader).ToList();
        return new DispatchDocument(d.Title, opening, table, middle, appealsTable, closing, d.IssuedOn);
    }

    /// <summary>The appeals table of the .docx: a unit's six rates in percent (the counts are on the page and in the .xlsx).</summary>
    public static readonly IReadOnlyList<string> AppealHeader =
        ["单位", "交办（件）", "未到期（件）", "响应率（%）", "办结率（%）", "按时办结率（%）", "满意率（%）", "重办率（%）", "评价率（%）"];

    public static IReadOnlyList<string> AppealCells(AppealUnitRates u) =>
        [u.Unit, $"{u.Figures.Assigned}", $"{u.Figures.Pending}", .. AppealRatesColumns.Rates(u.Figures).Select(r => AppealRatesColumns.Percent(r.Rate))];

    /// <summary>
    /// The period's appeals in words: the scope's six rates, and the worst units (末位) by name. Appeals not yet due are
    /// said to be left out of the rates, so that a fresh period never reads as a failing one.
    /// </summary>
    public static IReadOnlyList<string> AppealParagraphs(AppealRatesReport appeals)
    {
        var t = appeals.Total.Figures;
        var period = $"{appeals.From.ToChinese()}至{appeals.To.ToChinese()}";
        if (t.Assigned == 0) return [$"{period}，未向各单位交办企业诉求。"];
        var assigned = $"{period}，共向{appeals.Units.Count}个单位交办企业诉求{t.Assigned}件";
        var rates = string.Join("，", AppealRatesColumns.Rates(t).Select(r => r.Rate is null ? $"{r.Name}暂无" : $"{r.Name}{AppealRatesColumns.Percent(r.Rate)}%"));
        var summary = t.Pending switch
        {
            0 => $"{assigned}，{rates}。",
            _ when t.Pending == t.Assigned => $"{assigned}，均未到办理时限，暂不计算各项比率。",
            _ => $"{assigned}（其中{t.Pending}件未到办理时限，不计入各项比率），{rates}。",
        };
        List<string> paragraphs = [summary + "各单位情况见下表（按交办日期统计）。"];
        if (appeals.Worst.Count > 0)
            paragraphs.Add("诉求办理末位单位：" + string.Join("、", appeals.Worst.Select(w =>
                $"{w.Unit}（按时办结率{AppealRatesColumns.Percent(w.Figures.OnTimeRate)}%）")) + "。");
        return paragraphs;
    }

    private static string Compared(DispatchDetails d)
    {
        if (d.PreviousNumber is not { } number || d.Totals.PreviousCompletionRate is not { } before) return "";
        var change = Math.Round(d.Totals.CompletionRate - before, 1);
        return change switch
        {
            > 0 => $"与第{number}期相比，完成率提高{Percent(change)}个百分点。",
            < 0 => $"与第{number}期相比，完成率下降{Percent(-change)}个百分点。",
            _ => $"与第{number}期相比，完成率持平。",
        };
    }

    /// <summary>The measure's text without its own label ("2.", "一是"): the dispatch numbers its items itself.</summary>
    public static string Unlabelled(string text) => LabelledText.TrySplit(text).Text;

    /// <summary>One decimal, with a point whatever the server's culture.</summary>
    public static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static BulletinParagraph Body(string text) => new(BulletinStyle.Body, ChinesePunctuation.Normalize(text));
}
