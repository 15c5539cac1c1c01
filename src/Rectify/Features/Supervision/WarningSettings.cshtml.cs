using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Warnings;
using Rectify.Features.Supervision.Warnings;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision;

/// <summary>The office sets a round's 预警设置； a stale version shows the current values with the refusal.</summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
public sealed class WarningSettingsModel(RoundDetailsQuery rounds, UpdateWarningSettings action) : PageModel, IReloadablePage
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public int DueSoonDays { get; set; }
    [BindProperty] public int LaggingMargin { get; set; }
    [BindProperty] public int ProgressPeriodMonths { get; set; }
    [BindProperty] public int LookBackMonths { get; set; }
    [BindProperty] public bool CloseOutEvidenceOptional { get; set; }
    public RoundDetails Round { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        (Version, DueSoonDays, LaggingMargin, ProgressPeriodMonths, LookBackMonths, CloseOutEvidenceOptional) =
            (Round.Version, Round.DueSoonDays, Round.LaggingMargin, Round.ProgressPeriodMonths, Round.LookBackMonths, Round.CloseOutEvidenceOptional);
    }

    public async Task ReloadAsync(CancellationToken ct) => Round = await rounds.HandleAsync(Id, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await action.HandleAsync(Id, new WarningSettingsInput(Version, DueSoonDays, LaggingMargin, ProgressPeriodMonths, LookBackMonths,
            CloseOutEvidenceOptional), ct);
        TempData["Message"] = "预警设置已保存，本轮次措施的预警已按新设置重新计算";
        return Redirect($"/Rounds/Ledger?roundId={Id}");
    }
}
