using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds;
using Rectify.Features.Supervision.Escalation;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision;

/// <summary>
/// 督办： the urgings, talks and referrals the user may see, the units proposed for a talk, and for the office a form
/// to record a new one about a unit and its warned measures.
/// </summary>
[Authorize(Policy = Policies.LedgerReader)]
public sealed class EscalationsModel(EscalationQuery query, ScopeUnits scopeUnits, UserScope user) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public EscalationKind? Kind { get; set; }
    /// <summary>The unit the new record is about; its warned measures are offered to link.</summary>
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public int? PageNumber { get; set; }
    /// <summary>Every proposed unit, not only the first <see cref="ProposalsShown"/> (a province proposes about 2,000).</summary>
    [BindProperty(SupportsGet = true)] public bool AllProposals { get; set; }
    [BindProperty] public EscalationKind NewKind { get; set; } = EscalationKind.Urging;
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public List<Guid> MeasureIds { get; set; } = [];

    public Page<EscalationRow> Rows { get; private set; } = null!;
    public IReadOnlyList<TalkProposal> Proposals { get; private set; } = [];
    /// <summary>The unit chosen in the picker, when it is one of the office's.</summary>
    public PickerChoice? Unit { get; private set; }
    public IReadOnlyList<EscalationItemRow> Warned { get; private set; } = [];
    public Role Role { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        Role = (await user.LoadAsync(ct)).Role;
        Rows = await query.HandleAsync(Kind, PageNumber, 30, ct);
        if (Role is Role.Office or Role.Leader) Proposals = await query.TalkProposalsAsync(EscalationDefaults.TalkThreshold, ct);
        if (Role == Role.Office)
        {
            // The units are searched by name (Shared/_UnitPicker), not listed: a province office has 2,000.
            if (UnitId is { } unitId && await scopeUnits.FindAsync(unitId, ct) is { } unit)
            {
                Unit = unit;
                Warned = await query.WarnedMeasuresAsync(unitId, ct);
            }
        }
    }

    public async Task<IActionResult> OnPostAsync([FromServices] RecordEscalation action, CancellationToken ct)
    {
        await action.HandleAsync(new EscalationInput(NewKind, UnitId ?? Guid.Empty, Subject, Reason, On, MeasureIds), ct);
        TempData["Message"] = $"已记录{KindLabel(NewKind)}";
        return Redirect($"/Supervision/Escalations?kind={NewKind}");
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, string? outcome, int version, [FromServices] RecordEscalation action, CancellationToken ct)
    {
        await action.RecordOutcomeAsync(id, new OutcomeInput(outcome, version), ct);
        TempData["Message"] = "已记录约谈结果";
        return Redirect("/Supervision/Escalations?kind=Talk");
    }

    /// <summary>The proposals shown at first, the most pressing (both reasons, then the most overdue and lagging).</summary>
    public const int ProposalsShown = 30;

    public IEnumerable<TalkProposal> ShownProposals => AllProposals ? Proposals : Proposals.Take(ProposalsShown);

    public string Link(EscalationKind? kind) => "/Supervision/Escalations" + (kind is { } k ? $"?kind={k}" : "");

    public static string KindLabel(EscalationKind kind) => kind switch
    {
        EscalationKind.Talk => "约谈",
        EscalationKind.Referral => "移交纪委",
        _ => "催办",
    };
}
