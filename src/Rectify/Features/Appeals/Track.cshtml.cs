using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>/appeal/track: the enterprise follows its appeal by code (posted, never in the address) and rates the reply.</summary>
[AllowAnonymous]
[RequestSizeLimit(16 * 1024)]
public sealed class TrackModel(PublicAppealQuery query, RateByCode rate, PublicAppealGuard guard) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public Rating? Rating { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public PublicAppealView? Appeal { get; private set; }
    public bool Looked { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) => await LookUpAsync(ct);

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        if (!guard.TryLookUp(SecurityEventLog.AddressOf(HttpContext) ?? "unknown")) return TooMany();
        if (Rating is not { } rating) ModelState.AddModelError(nameof(Rating), "请选择评价等级。");
        else
        {
            try
            {
                if (await rate.HandleAsync(Code, new RateInput(rating, Comment), ct)) TempData["Message"] = "感谢您的评价。";
            }
            catch (RuleViolation refused)
            {
                ModelState.AddModelError("", refused.Message);
            }
        }
        Looked = true;
        Appeal = await query.HandleAsync(Code, ct);
        return Page();
    }

    private async Task<IActionResult> LookUpAsync(CancellationToken ct)
    {
        if (!guard.TryLookUp(SecurityEventLog.AddressOf(HttpContext) ?? "unknown")) return TooMany();
        Looked = true;
        Appeal = await query.HandleAsync(Code, ct);
        return Page();
    }

    private PageResult TooMany()
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        ModelState.AddModelError("", "查询过于频繁，请稍后再试。");
        return Page();
    }
}
