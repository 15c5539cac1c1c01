using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>Edits a round's details and its narratives; a stale version shows the current values.</summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
public sealed class EditModel(ScopeUnits scopeUnits, RoundDetailsQuery details, UpdateRound action) : PageModel, IReloadablePage
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public RoundForm Form { get; set; } = new();
    public PickerChoice? InspectedUnit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        var r = await details.HandleAsync(Id, ct);
        Form = new RoundForm
        {
            Kind = r.Kind, Title = r.Title, CampaignName = r.CampaignName, Topic = r.Topic, InspectingBody = r.InspectingBody,
            InspectedUnitId = r.InspectedUnitId, StayStart = r.StayStart, StayEnd = r.StayEnd, FeedbackDate = r.FeedbackDate,
            PublishedDate = r.PublishedDate, Issuer = r.Issuer, FirstResponsible = r.FirstResponsible,
            OrganisationText = r.OrganisationText, NextStepsText = r.NextStepsText, ContactText = r.ContactText, Version = r.Version,
        };
        InspectedUnit = await scopeUnits.FindAsync(Form.InspectedUnitId, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            InspectedUnit = await scopeUnits.FindAsync(Form.InspectedUnitId, ct);
            return Page();
        }
        await action.HandleAsync(Id, new UpdateRoundInput(Form.ToInput(), Form.Version, Form.OrganisationText, Form.NextStepsText, Form.ContactText), ct);
        TempData["Message"] = "轮次信息已保存";
        return Redirect($"/Rounds/Ledger?roundId={Id}");
    }
}
