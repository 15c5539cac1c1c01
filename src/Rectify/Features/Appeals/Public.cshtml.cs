using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>/appeal: an enterprise submits without an account, with a few files, and leaves with its tracking code.</summary>
[AllowAnonymous]
[ReceivesFiles]
[RequestSizeLimit(MaxBodyWithFiles)]
public sealed class PublicModel(PublicIntake intake, PublicAppealGuard guard, IOptions<AppealOptions> options) : PageModel
{
    [BindProperty, Required(ErrorMessage = AppealErrors.EnterpriseRequired), StringLength(200, ErrorMessage = "企业名称不能超过200字")]
    public string EnterpriseName { get; set; } = "";
    [BindProperty, StringLength(18, ErrorMessage = AppealErrors.CreditCodeInvalid)] public string? CreditCode { get; set; }
    [BindProperty, Required(ErrorMessage = AppealErrors.ContactNameRequired), StringLength(50, ErrorMessage = "联系人不能超过50字")]
    public string ContactName { get; set; } = "";
    [BindProperty, Required(ErrorMessage = AppealErrors.ContactPhoneInvalid), StringLength(20, ErrorMessage = AppealErrors.ContactPhoneInvalid)]
    public string ContactPhone { get; set; } = "";
    [BindProperty] public AppealCategory Category { get; set; } = AppealCategory.PolicyInquiry;
    [BindProperty, Required(ErrorMessage = AppealErrors.TitleRequired), StringLength(100, ErrorMessage = "诉求标题不能超过100字")]
    public string Title { get; set; } = "";
    [BindProperty, Required(ErrorMessage = AppealErrors.TextRequired), StringLength(4000, ErrorMessage = "诉求内容不能超过4000字")]
    public string Text { get; set; } = "";
    [BindProperty] public string? ChallengeToken { get; set; }
    [BindProperty] public string? ChallengeAnswer { get; set; }

    public PublicChallenge? Question { get; private set; }
    public string? TrackingCode { get; private set; }

    /// <summary>The form at its longest (4,000 characters of text, url-encoded) fits well inside this.</summary>
    public const int MaxBody = 64 * 1024;

    /// <summary>The hard cap with files: the default 3 files of 5 MB and the form; the options' caps are checked below it.</summary>
    public const int MaxBodyWithFiles = 16 * 1024 * 1024;

    public AppealOptions Limits => options.Value;

    /// <summary>A form without files is held to the text's size; one with files to the text and the public caps.</summary>
    private long BodyLimit => Request.HasFormContentType && Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
        ? MaxBody + options.Value.PublicMaxFiles * options.Value.PublicMaxFileBytes
        : MaxBody;

    private string Address => SecurityEventLog.AddressOf(HttpContext) ?? "unknown";

    public void OnGet() => Question = guard.NeedsChallenge(Address) ? guard.NewChallenge() : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Kestrel refuses a longer body before reading it; this also holds behind servers that ignore the attribute.
        if (Request.ContentLength > BodyLimit) return StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!guard.TrySubmit(Address))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", "提交过于频繁，请一小时后再试，或拨打12345热线反映。");
            return Page();
        }
        if (guard.NeedsChallenge(Address) && !guard.Verify(ChallengeToken, ChallengeAnswer))
        {
            ModelState.AddModelError(nameof(ChallengeAnswer), "请正确回答验证问题后再提交。");
            Question = guard.NewChallenge();
            return Page();
        }
        if (!ModelState.IsValid)
        {
            Question = guard.NeedsChallenge(Address) ? guard.NewChallenge() : null;
            return Page();
        }
        try
        {
            TrackingCode = await intake.HandleAsync(new AppealInput(EnterpriseName, CreditCode, ContactName, ContactPhone,
                AppealChannel.PublicForm, Category, Title, Text), MeasuresApi.Uploads(Request.Form.Files), ct);
        }
        catch (RuleViolation refused)
        {
            ModelState.AddModelError("", refused.Message);
            Question = guard.NeedsChallenge(Address) ? guard.NewChallenge() : null;
            return Page();
        }
        guard.Submitted(Address);
        return Page();
    }
}
