using Rectify.Features.Rounds;

namespace Rectify.Features.Todo;

/// <summary>A measure the unit must act on, with every reason it is on the list.</summary>
public sealed record TodoMeasureRow(
    Guid Id, Guid RoundId, string RoundTitle, string Label, string Text, string? ResponsibleUnit, bool IsResponsibleUnit,
    MeasureStatus Status, MeasureKind Kind, DateOnly? TimeLimit, bool TimeLimitUncertain, int Percent, DateOnly? LatestProgressOn,
    bool Overdue, bool DueSoon, bool Lagging, bool ProgressMissing, string? ReturnReason)
{
    public bool Returned => ReturnReason is not null;

    /// <summary>Only the responsible unit asks for close-out, once the work is reported done.</summary>
    public bool CanRequestCloseOut => IsResponsibleUnit && Percent == 100 && Status is MeasureStatus.InProgress or MeasureStatus.StageResult;
}
