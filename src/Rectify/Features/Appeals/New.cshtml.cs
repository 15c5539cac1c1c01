using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>/Appeals/New: a clerk records a call, a visit or a hotline record.</summary>
[Authorize(Policy = Policies.Office)]
[ReceivesFiles]
public sealed class NewModel(RecordAppeal record) : PageModel
{
    [BindProperty] public string EnterpriseName { get; set; } = "";
    [BindProperty] public string? CreditCode { get; set; }
    [BindProperty] public string ContactName { get; set; } = "";
    [BindProperty] public string ContactPhone { get; set; } = "";
    [BindProperty] public AppealChannel Channel { get; set; } = AppealChannel.Call;
    [BindProperty] public AppealCategory Category { get; set; } = AppealCategory.PolicyInquiry;
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string Text { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var recorded = await record.HandleAsync(new AppealInput(EnterpriseName, CreditCode, ContactName, ContactPhone, Channel, Category, Title, Text),
                MeasuresApi.Uploads(Request.Form.Files), ct);
            TempData["Message"] = "诉求已登记，请受理或不予受理。";
            return Redirect($"/Appeals/Details/{recorded.Id}");
        }
        catch (RuleViolation refused)
        {
            ModelState.AddModelError("", refused.Message);
            return Page();
        }
    }
}
