using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Appeals;

/// <summary>/Appeals/Rates: a month's rates per unit of the office's or leader's scope, the worst units, and 导出Excel.</summary>
[Authorize(Policy = AppealRatesApi.ReaderPolicy)]
public sealed class RatesModel(AppealRatesQuery query, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    public AppealRatesReport? Report { get; private set; }

    /// <summary>The month shown: the one asked for once it is valid, else this month.</summary>
    public AppealMonth Shown { get; private set; }

    public string ThisMonth => AppealMonth.Of(time.Today()).Key;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Shown = AppealMonth.Of(time.Today());
        Report = await query.ForMonthAsync(Month, ct);
        Shown = AppealMonth.Of(Report.From);
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        Shown = AppealMonth.Of(time.Today());
        var (content, name) = await AppealRatesDownload.RenderAsync(query, Month, ct);
        return File(content, XlsxPackage.ContentType, name);
    }
}
