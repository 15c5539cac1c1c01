using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Security;

[Authorize(Policy = Policies.SecurityAdmin)]
public sealed class IndexModel(SecurityAccountQuery query, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public Role? Role { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Locked { get; set; }
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public Page<SecurityAccountRow> Accounts { get; private set; } = new([], 0, 1, Paging.DefaultSize);
    public List<SelectListItem> Roles { get; } = UnitOptions.Roles();
    public DateTimeOffset Now => time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct) =>
        Accounts = await query.ListAsync(new SecurityAccountFilter(Role, Locked, Text, PageNumber, Paging.DefaultSize), ct);

    public string PageUrl(int number) => Url.Page("/Admin/Security/Index", new { Role, Locked, Text, p = number }) ?? "";
}
