using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Platform.Security;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>One kept dispatch: the totals, the ranked table with the change since the previous one, the worst measures, the downloads.</summary>
[Authorize(Policy = Policies.Overseer)]
public sealed class DispatchModel(DispatchQuery query) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    public DispatchDetails Dispatch { get; private set; } = null!;

    /// <summary>The last rank of the table （末位）, when more than one unit is ranked.</summary>
    public int? LastRank { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Dispatch = await query.GetAsync(Id, ct);
        LastRank = Dispatch.Units.Max(u => u.Rank) is > 1 and var last ? last : null;
    }

    public async Task<IActionResult> OnGetDownloadAsync(string format, [FromServices] DispatchDownloads downloads, CancellationToken ct)
    {
        var (content, type, name) = await downloads.RenderAsync(Id, format == "xlsx" ? "xlsx" : "docx", ct);
        return File(content, type, name);
    }
}
