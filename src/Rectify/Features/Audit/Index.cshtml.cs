using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Audit;

/// <summary>/Audit: the audit admin searches, pages and exports the audit and sees whether its chain holds.</summary>
[Authorize(Policy = Policies.AuditAdmin)]
public sealed class IndexModel(
    AuditSearch search, AuditExport export, AuditVerification verification, IOptions<RectifyOptions> options, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Address { get; set; }
    [BindProperty(SupportsGet = true)] public AuditKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public Page<AuditRow> Rows { get; private set; } = new([], 0, 1, Paging.DefaultSize);
    public AuditChainState Chain { get; private set; } = new(0, null, null);
    public DateTimeOffset? Oldest { get; private set; }
    public int RetentionDays => options.Value.Audit.RetentionDays;
    public int CoveredDays => Oldest is { } oldest ? (int)(time.GetUtcNow() - oldest).TotalDays : 0;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await search.HandleAsync(Filter(PageNumber), ct);
        Chain = await verification.VerifyAsync(ct);
        Oldest = await search.OldestAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await export.SendAsync(Response, Filter(null), ct);
        return new EmptyResult();
    }

    public string PageUrl(int number) => Url.Page("/Audit/Index", new { From, To, UserName, Address, Kind, Action, Outcome, Entity, p = number }) ?? "";

    public string ExportUrl => Url.Page("/Audit/Index", "Export", new { From, To, UserName, Address, Kind, Action, Outcome, Entity }) ?? "";

    private AuditFilter Filter(int? page) => new(From, To, UserName, Address, Kind, Action, Outcome, Entity, page, Paging.DefaultSize);
}
