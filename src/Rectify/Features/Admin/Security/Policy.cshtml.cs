using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Security;

namespace Rectify.Features.Admin.Security;

/// <summary>The account and session settings in force (set in configuration, shown here for the security admin and assessors).</summary>
[Authorize(Policy = Policies.SecurityAdmin)]
public sealed class PolicyModel(IOptions<RectifyOptions> options) : PageModel
{
    public SecurityPolicy Policy { get; } = SecurityPolicy.From(options.Value);

    public void OnGet()
    {
    }
}
