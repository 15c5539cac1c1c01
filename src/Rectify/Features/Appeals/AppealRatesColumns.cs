using System.Globalization;

namespace Rectify.Features.Appeals;

/// <summary>
/// The rates' headings and cells, each rate beside the counts behind it, for the page, the .xlsx and the dispatch report
/// alike; an empty rate reads —.
/// </summary>
public static class AppealRatesColumns
{
    public const string Empty = "—";

    public static readonly IReadOnlyList<string> Header =
    [
        "单位", "交办", "未到期", "按时响应", "响应率（%）", "应办结", "已办结", "办结率（%）", "按时办结", "按时办结率（%）",
        "应评价", "满意", "满意率（%）", "不满意", "重办率（%）", "主动评价", "评价率（%）",
    ];

    /// <summary>Column widths in characters for the .xlsx sheets (the rates' own and the dispatch's third sheet).</summary>
    public static readonly IReadOnlyList<double> Widths = [20, 7, 7, 9, 10, 8, 8, 10, 9, 11, 8, 7, 10, 8, 10, 9, 10];

    /// <summary>The columns holding a rate (the others but the first are counts).</summary>
    public static readonly IReadOnlySet<int> RateColumns = new HashSet<int> { 4, 7, 9, 12, 14, 16 };

    /// <summary>The six rates by name, in the page's order, with the count over the whole behind each.</summary>
    public static IReadOnlyList<(string Name, decimal? Rate, int Part, int Whole)> Rates(UnitMonthRates r) =>
    [
        ("响应率", r.ResponseRate, r.Responded, r.Answerable),
        ("办结率", r.CompletionRate, r.Replied, r.Own),
        ("按时办结率", r.OnTimeRate, r.RepliedOnTime, r.Own),
        ("满意率", r.SatisfactionRate, r.Satisfied, r.Rated),
        ("重办率", r.ReopenRate, r.Reopened, r.Rated),
        ("评价率", r.EvaluationRate, r.Evaluated, r.Rated),
    ];

    public static IReadOnlyList<string> Cells(AppealUnitRates u)
    {
        var r = u.Figures;
        return
        [
            u.Unit, $"{r.Assigned}", $"{r.Pending}", $"{r.Responded}", Percent(r.ResponseRate), $"{r.Own}", $"{r.Replied}", Percent(r.CompletionRate),
            $"{r.RepliedOnTime}", Percent(r.OnTimeRate), $"{r.Rated}", $"{r.Satisfied}", Percent(r.SatisfactionRate), $"{r.Reopened}",
            Percent(r.ReopenRate), $"{r.Evaluated}", Percent(r.EvaluationRate),
        ];
    }

    /// <summary>One decimal with a point whatever the server's culture; — when there is nothing to divide by.</summary>
    public static string Percent(decimal? rate) => rate?.ToString("0.0", CultureInfo.InvariantCulture) ?? Empty;
}
