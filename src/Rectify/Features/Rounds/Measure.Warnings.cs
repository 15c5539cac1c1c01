using Rectify.Platform.Data;

namespace Rectify.Features.Rounds;

/// <summary>
/// The measure's warnings, stored so that ledgers, dispatches and dashboards filter and count them in the database.
/// Pages compute the lights afresh; these follow every change of the measure (<c>Warnings/MeasureWarningsInterceptor</c>)
/// and are recomputed for all open measures at start and each day (<c>Warnings/MeasureWarnings</c>).
/// </summary>
public sealed partial class Measure
{
    [Derived] public bool IsOverdue { get; private set; }
    [Derived] public bool IsDueSoon { get; private set; }
    [Derived] public bool IsLagging { get; private set; }
    [Derived] public bool IsProgressMissing { get; private set; }
    /// <summary>When the flags last changed: today's newly overdue measures are those with IsOverdue changed today.</summary>
    [Derived] public DateOnly? WarningsChangedOn { get; private set; }
    /// <summary>When people last changed the measure (最近更新, kept by <c>MeasureChangeStamp</c>); the minimum before it was kept.</summary>
    [Derived] public DateTimeOffset ChangedAt { get; private set; }

    public bool HasWarnings(MeasureLights lights) =>
        IsOverdue == lights.Overdue && IsDueSoon == lights.DueSoon && IsLagging == lights.Lagging && IsProgressMissing == lights.ProgressMissing;

    public void SetWarnings(MeasureLights lights, DateOnly on)
    {
        if (HasWarnings(lights)) return;
        IsOverdue = lights.Overdue;
        IsDueSoon = lights.DueSoon;
        IsLagging = lights.Lagging;
        IsProgressMissing = lights.ProgressMissing;
        WarningsChangedOn = on;
    }
}
