using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Calendar;
using Rectify.Platform.Text;

namespace Rectify.Features.Documents.Excel;

/// <summary>The columns offices use for a rectification ledger, their widths on A4 landscape, and what each cell says.</summary>
public static class LedgerColumns
{
    public const string SheetName = "整改台账";
    public const string DefaultTitle = "整改台账";

    /// <summary>
    /// One round's ledger is titled by the round as a ledger, not as the report it came from:
    /// "…党组关于市委第五巡察组反馈意见集中整改进展情况的通报" gives "…党组关于市委第五巡察组反馈意见集中整改台账";
    /// a title without 整改 gets "整改台账" after it.
    /// </summary>
    public static string TitleOf(string? round)
    {
        if (string.IsNullOrWhiteSpace(round)) return DefaultTitle;
        var title = round.Trim();
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        var rectify = title.IndexOf("整改", Math.Max(about, 0), StringComparison.Ordinal);
        return rectify >= 0 ? title[..(rectify + 2)] + "台账" : title + DefaultTitle;
    }

    /// <summary>
    /// Said once under the title when time limits fall in years whose holiday arrangement is not yet published: their
    /// working days are counted Monday to Friday until it is.
    /// </summary>
    public static string? CalendarNote(IReadOnlyCollection<int> unknownYears) => unknownYears.Count == 0 ? null
        : $"注：国家尚未公布{string.Join("、", unknownYears.Order().Select(y => $"{y}年"))}的节假日安排，完成时限在该年的措施，剩余工作日暂按周一至周五计算，公布后自动更正。";

    /// <summary>序号, 方面/类别 and 具体问题 are merged over the problem's measures.</summary>
    public const int ProblemColumns = 3;

    public static readonly IReadOnlyList<(string Header, double Width, bool Centred)> All =
    [
        ("序号", 5, true), ("方面/类别", 14, false), ("具体问题", 22, false), ("整改措施", 30, false), ("措施类型", 10, true),
        ("牵头领导", 9, true), ("责任领导", 9, true), ("责任单位", 12, false), ("配合单位", 12, false), ("责任人", 8, true),
        ("完成时限", 16, true), ("整改进展", 22, false), ("完成情况", 16, true), ("备注", 12, false),
    ];

    /// <summary>
    /// A hidden, narrow last column after the visible ones: each measure's id and version ("guid:version"), so a
    /// re-imported export matches its rows exactly and a row edited from an outdated export is recognised.
    /// </summary>
    public const string IdHeader = "编号";

    public const double IdWidth = 3;

    public static string LastColumn => ColumnName(All.Count);

    public static string IdColumn => ColumnName(All.Count + 1);

    public static string IdCell(LedgerRow row) => MeasureRef.Format(row.MeasureId, row.Version);

    public static string ColumnName(int number) =>
        number <= 26 ? ((char)('A' + number - 1)).ToString() : ColumnName((number - 1) / 26) + (char)('A' + (number - 1) % 26);

    public static string FileName(DateOnly today) => $"整改台账-{today.ToChinese()}.xlsx";

    public static string Section(LedgerRow row, bool withRound) =>
        string.Join("/", withRound ? row.SectionPath.Prepend(row.RoundTitle) : row.SectionPath);

    /// <summary>The measure's cells, from 整改措施 to 备注.</summary>
    public static IEnumerable<string> MeasureCells(LedgerRow row) =>
    [
        row.MeasureLabel + row.Text,
        row.Kind.Label(),
        row.LeadLeader ?? "",
        row.ResponsibleLeader ?? "",
        row.ResponsibleUnit ?? "",
        string.Join("、", row.CooperatingUnits),
        row.ResponsiblePerson ?? "",
        row.TimeLimit is { } limit ? limit.ToChinese() : row.Kind == MeasureKind.LongTerm ? "长期坚持" : "",
        row.LatestProgressText ?? "",
        Completion(row),
        Remarks(row),
    ];

    /// <summary>The status (with its percent while under way) and its warnings on a line of their own, so the state never
    /// breaks: 推进中（60%） / （超期、滞后）.</summary>
    private static string Completion(LedgerRow row)
    {
        var lights = new[]
        {
            (row.Lights.Overdue, "超期"), (row.Lights.DueSoon, "临期"), (row.Lights.Lagging, "滞后"), (row.Lights.ProgressMissing, "未报进展"),
            (row.Lights.LateCompletion, "逾期完成"),
        }.Where(l => l.Item1).Select(l => l.Item2).ToList();
        // A measure under way shows how far (its latest report's percent), so the sheet imported back keeps it.
        var percent = row.Status == MeasureStatus.InProgress && row.LatestPercent > 0 ? $"（{row.LatestPercent}%）" : "";
        return row.StatusLabel + percent + (lights.Count > 0 ? "\n（" + string.Join("、", lights) + "）" : "");
    }

    /// <summary>An uncertain calendar is not a remark on each row: <see cref="CalendarNote"/> says it once.</summary>
    private static string Remarks(LedgerRow row) => row.ReturnReason is { } reason ? ChinesePunctuation.Normalize($"退回原因：{reason}") : "";
}
