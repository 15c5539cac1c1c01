using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>Adds a measure to a problem or edits one: text, kind, the three lists, time limit.</summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
public sealed class MeasureFormModel(ScopeUnits scopeUnits, MeasureDetailsQuery details) : PageModel, IReloadablePage
{
    [FromRoute] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ProblemId { get; set; }
    [BindProperty] public string? Label { get; set; }
    [BindProperty, Required(ErrorMessage = "请填写整改措施"), StringLength(20000, ErrorMessage = "整改措施不能超过20000字")] public string Text { get; set; } = "";
    [BindProperty] public MeasureKind Kind { get; set; } = MeasureKind.Dated;
    [BindProperty, StringLength(50, ErrorMessage = "牵头领导不能超过50字")] public string? LeadLeader { get; set; }
    [BindProperty, StringLength(50, ErrorMessage = "责任领导不能超过50字")] public string? ResponsibleLeader { get; set; }
    [BindProperty] public Guid? ResponsibleUnitId { get; set; }
    [BindProperty] public List<Guid> CooperatingUnitIds { get; set; } = [];
    [BindProperty, StringLength(50, ErrorMessage = "责任人不能超过50字")] public string? ResponsiblePerson { get; set; }
    [BindProperty] public string LimitMode { get; set; } = "date";
    [BindProperty] public DateOnly? StartDate { get; set; }
    [BindProperty] public DateOnly? TimeLimit { get; set; }
    [BindProperty, Range(1, 1000, ErrorMessage = "工作日数应在1到1000之间")] public int? WorkingDays { get; set; }
    [BindProperty] public int Version { get; set; }

    public PickerChoice? ResponsibleUnit { get; private set; }
    public IReadOnlyList<PickerChoice> CooperatingUnits { get; private set; } = [];
    public MeasureDetails? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        if (Id is { } id) await LoadAsync(id, ct);
        await FindUnitsAsync(ct);
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Current = await details.HandleAsync(id, ct);
        // A refused save shows the form again as the user filled it: nothing typed is lost.
        if (HttpMethods.IsPost(Request.Method)) return;
        var r = Current.Row;
        (Label, Text, Kind, LeadLeader, ResponsibleLeader, ResponsibleUnitId, ResponsiblePerson) =
            (r.MeasureLabel, r.Text, r.Kind, r.LeadLeader, r.ResponsibleLeader, r.ResponsibleUnitId, r.ResponsiblePerson);
        CooperatingUnitIds = Current.CooperatingUnitIds.ToList();
        StartDate = Current.StartDate;
        WorkingDays = Current.TimeLimitWorkingDays;
        TimeLimit = r.TimeLimit;
        LimitMode = WorkingDays is null ? "date" : "days";
        Version = r.Version;
    }

    public async Task<IActionResult> OnPostAsync([FromServices] AddMeasure add, [FromServices] EditMeasure edit, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await FindUnitsAsync(ct);
            return Page();
        }
        var input = new MeasureInput(Label, Text, Kind, LeadLeader, ResponsibleLeader, ResponsibleUnitId, CooperatingUnitIds, ResponsiblePerson,
            StartDate, LimitMode == "date" ? TimeLimit : null, LimitMode == "days" ? WorkingDays : null, Version);
        var id = Id ?? await add.HandleAsync(ProblemId ?? Guid.Empty, input, ct);
        if (Id is { } existing) await edit.HandleAsync(existing, input, ct);
        TempData["Message"] = "措施已保存";
        return Redirect($"/Rounds/Measure/{id}");
    }

    /// <summary>The units the form holds, as its pickers show them.</summary>
    private async Task FindUnitsAsync(CancellationToken ct)
    {
        ResponsibleUnit = await scopeUnits.FindAsync(ResponsibleUnitId, ct);
        CooperatingUnits = await scopeUnits.FindAsync(CooperatingUnitIds, ct);
    }
}
