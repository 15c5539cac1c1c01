using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;

namespace Rectify.Features.Documents;

/// <summary>
/// The ledger page's 导出Excel: the whole filtered ledger (the page's own query string) as an .xlsx, streamed into the
/// response. It lives with Documents, which adds to Rounds, so that Rounds references no other feature.
/// </summary>
[Authorize(Policy = Policies.LedgerReader)]
public sealed class LedgerExportModel(LedgerExport export) : PageModel
{
    [BindProperty(SupportsGet = true)] public LedgerParameters Filter { get; set; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await export.SendAsync(Response, Filter.ToFilter(), ct);
        return new EmptyResult();
    }
}
