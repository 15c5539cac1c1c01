namespace Rectify.Features.Appeals;

/// <summary>A month's rates as an .xlsx named after the month, for the API and the page's 导出Excel.</summary>
public static class AppealRatesDownload
{
    public static async Task<(byte[] Content, string FileName)> RenderAsync(AppealRatesQuery query, string? month, CancellationToken ct)
    {
        var report = await query.ForMonthAsync(month, ct);
        var label = AppealMonth.Of(report.From).Label;
        using var output = new MemoryStream();
        AppealRatesXlsx.Write(report, label, output);
        return (output.ToArray(), $"{AppealRatesXlsx.TitleOf(label)}.xlsx");
    }
}
