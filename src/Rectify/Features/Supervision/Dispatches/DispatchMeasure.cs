using Rectify.Platform.Data;

namespace Rectify.Features.Supervision.Dispatches;

public enum DispatchWarning
{
    /// <summary>超期: past its time limit.</summary>
    Overdue,
    /// <summary>滞后: behind its scheduled progress.</summary>
    Lagging,
}

/// <summary>
/// One of the worst measures of a dispatch, copied as it stood (text, unit, time limit, progress): the measure may
/// change or go, the dispatch still reads the same.
/// </summary>
public sealed class DispatchMeasure : IAuditSubject
{
    public const int MaxText = 2000;

    private DispatchMeasure() { }

    public DispatchMeasure(Guid measureId, DispatchWarning warning, string round, string text, string unit, DateOnly? timeLimit,
        int daysOverdue, int percent)
    {
        MeasureId = measureId;
        Warning = warning;
        Round = round;
        Text = text.Length > MaxText ? text[..MaxText] : text;
        Unit = unit;
        TimeLimit = timeLimit;
        DaysOverdue = daysOverdue;
        Percent = percent;
    }

    public Guid DispatchId { get; private set; }
    public int Position { get; private set; }
    /// <summary>The measure, to link to while it exists; not a foreign key, so the snapshot outlives it.</summary>
    public Guid MeasureId { get; private set; }
    public DispatchWarning Warning { get; private set; }
    public string Round { get; private set; } = "";
    /// <summary>The measure's label and text.</summary>
    public string Text { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public DateOnly? TimeLimit { get; private set; }
    /// <summary>Calendar days from the time limit to the issue date (0 unless overdue).</summary>
    public int DaysOverdue { get; private set; }
    /// <summary>Its latest completion percent.</summary>
    public int Percent { get; private set; }

    public Guid AuditSubjectId => DispatchId;

    internal DispatchMeasure At(Guid dispatchId, int position)
    {
        DispatchId = dispatchId;
        Position = position;
        return this;
    }
}
