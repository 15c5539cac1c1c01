using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;

namespace Rectify.UnitTests.Features.Rounds;

/// <summary>Makes valid measures in any state: new MeasureBuilder().Dated(2024, 3, 31).InProgress().Build().</summary>
public sealed class MeasureBuilder
{
    public static readonly DateOnly Today = new(2024, 4, 18);
    private static readonly WorkingDayCalendar Calendar = CalendarSource.Shipped();
    private MeasureKind kind = MeasureKind.Dated;
    private DateOnly? limit = new DateOnly(2024, 6, 30);
    private readonly List<Action<Measure>> steps = [];

    public MeasureBuilder Dated(int year, int month, int day)
    {
        kind = MeasureKind.Dated;
        limit = new DateOnly(year, month, day);
        return this;
    }

    public MeasureBuilder LongTerm()
    {
        kind = MeasureKind.LongTerm;
        limit = null;
        return this;
    }

    public MeasureBuilder InProgress(int percent = 50)
    {
        steps.Add(m => m.RecordProgress("已推进", percent, Today, Today));
        return this;
    }

    public MeasureBuilder Requested()
    {
        InProgress(100);
        steps.Add(m => m.RequestCloseOut(hasEvidence: true));
        return this;
    }

    public MeasureBuilder Closed()
    {
        Requested();
        steps.Add(m => m.ApproveCloseOut(Today));
        return this;
    }

    public Measure Build()
    {
        var measure = new Measure(Guid.NewGuid(), Guid.NewGuid(), "一是", "建立健全制度", kind, 1);
        if (limit is { } l) measure.SetTimeLimit(null, l, Calendar);
        foreach (var step in steps) step(measure);
        return measure;
    }
}
