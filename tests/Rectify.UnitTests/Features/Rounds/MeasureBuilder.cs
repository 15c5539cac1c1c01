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

    public static readonly CloseOutDecider Office = new("张整改", new DateTimeOffset(2024, 4, 18, 9, 0, 0, TimeSpan.FromHours(8)), Today);

    /// <summary>A close-out request with its 完成情况说明 and one evidence file, made on a day (today unless given).</summary>
    public static CloseOutRequest Request(DateOnly? on = null, string? note = "制度已印发，佐证材料已上传", int evidence = 1, bool evidenceRequired = true) =>
        new(note, evidence, evidenceRequired, null, "李规划", new DateTimeOffset((on ?? Today).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)), on ?? Today);

    public MeasureBuilder Requested(DateOnly? on = null)
    {
        InProgress(100);
        steps.Add(m => m.RequestCloseOut(Request(on)));
        return this;
    }

    public MeasureBuilder Closed()
    {
        Requested();
        steps.Add(m => m.ApproveCloseOut(Office));
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
