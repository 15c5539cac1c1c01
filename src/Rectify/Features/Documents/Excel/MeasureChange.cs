using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using H = Rectify.Features.Documents.Excel.SheetHeader;

namespace Rectify.Features.Documents.Excel;

/// <summary>A sheet's row against the measure it names: whether anything editable differs, and the edit if so.</summary>
public static class MeasureChange
{
    /// <summary>Text, kind, leaders, units, person and time limit as the sheet states them; a label only if the cell has one.</summary>
    public static bool IsSame(Measure measure, string? label, string text, MeasureImport row) =>
        (label is null || label == measure.Label)
        && text == measure.Text
        && row.Kind == measure.Kind
        && Same(row.LeadLeader, measure.LeadLeader)
        && Same(row.ResponsibleLeader, measure.ResponsibleLeader)
        && row.ResponsibleUnitId == measure.ResponsibleUnitId
        && Cooperating(row).SetEquals(measure.CooperatingUnits.Select(c => c.UnitId))
        && Same(row.ResponsiblePerson, measure.ResponsiblePerson)
        && row.TimeLimit == measure.TimeLimit;

    /// <summary>The measure form as the sheet fills it; its start date is kept, a changed limit becomes a date.</summary>
    public static MeasureInput Input(Measure measure, string? label, string text, MeasureImport row) => new(
        label ?? measure.Label, text, row.Kind, row.LeadLeader, row.ResponsibleLeader, row.ResponsibleUnitId,
        Cooperating(row).ToList(), row.ResponsiblePerson, measure.StartDate, row.TimeLimit,
        row.TimeLimit == measure.TimeLimit ? measure.TimeLimitWorkingDays : null);

    /// <summary>The measure form for a new measure from the row: the cell's label if it has one, else the next number.</summary>
    public static MeasureInput Input(string? label, string text, MeasureImport row) => new(
        label, text, row.Kind, row.LeadLeader, row.ResponsibleLeader, row.ResponsibleUnitId,
        Cooperating(row).ToList(), row.ResponsiblePerson, StartDate: null, row.TimeLimit, TimeLimitWorkingDays: null);

    /// <summary>The row as it applies to the measure: a field the sheet has no column for keeps the measure's value.</summary>
    public static MeasureImport Stated(Measure measure, MeasureImport row, IReadOnlySet<string> fields) => row with
    {
        Kind = fields.Contains(H.Kind) ? row.Kind : measure.Kind,
        LeadLeader = fields.Contains(H.LeadLeader) ? row.LeadLeader : measure.LeadLeader,
        ResponsibleLeader = fields.Contains(H.ResponsibleLeader) ? row.ResponsibleLeader : measure.ResponsibleLeader,
        ResponsibleUnitId = fields.Contains(H.ResponsibleUnit) ? row.ResponsibleUnitId : measure.ResponsibleUnitId,
        CooperatingUnitIds = fields.Contains(H.CooperatingUnits) ? row.CooperatingUnitIds : measure.CooperatingUnits.Select(c => c.UnitId).ToList(),
        ResponsiblePerson = fields.Contains(H.ResponsiblePerson) ? row.ResponsiblePerson : measure.ResponsiblePerson,
        TimeLimit = fields.Contains(H.TimeLimit) ? row.TimeLimit : measure.TimeLimit,
    };

    private static HashSet<Guid> Cooperating(MeasureImport row) =>
        (row.CooperatingUnitIds ?? []).Where(id => id != row.ResponsibleUnitId).ToHashSet();

    private static bool Same(string? a, string? b) => (a?.Trim() ?? "") == (b?.Trim() ?? "");
}
