namespace Rectify.Features.Dashboard;

/// <summary>Every figure of the dashboard, in the user's scope; the page and <c>GET /api/v1/dashboard</c> show the same.</summary>
public sealed record DashboardDetails(
    DateOnly Today, string GroupedUnder, DashboardTotals Totals, IReadOnlyList<UnitFigures> Units,
    IReadOnlyList<WeekClosures> ClosuresPerWeek, IReadOnlyList<DayDue> UpcomingDays, IReadOnlyList<UpcomingMeasure> Upcoming);

/// <summary>措施总数 in disjoint statuses; 超期, 临期 and 滞后 are warnings on measures not yet settled.</summary>
public sealed record DashboardTotals(
    int Measures, int Closed, int StageResult, int InProgress, int NotStarted, int PendingReview, int Overdue, int DueSoon, int Lagging)
{
    /// <summary>完成率: closed (销号) measures out of all, in percent with one decimal.</summary>
    public double CompletionRate => Measures == 0 ? 0 : Math.Round(Closed * 1000.0 / Measures) / 10;
}

/// <summary>One unit of the grouping (a child unit of the scope, the scope unit itself, or no responsible unit).</summary>
public sealed record UnitFigures(Guid? UnitId, string Unit, int Measures, int Closed, int Overdue, int DueSoon, int Lagging)
{
    public double CompletionRate => Measures == 0 ? 0 : Math.Round(Closed * 1000.0 / Measures) / 10;
}

/// <summary>Measures closed (销号) in the week starting on Monday <see cref="WeekStart"/>.</summary>
public sealed record WeekClosures(DateOnly WeekStart, int Closed);

/// <summary>Measures not settled whose time limit is that day.</summary>
public sealed record DayDue(DateOnly Date, int Measures);

public sealed record UpcomingMeasure(
    Guid Id, string RoundTitle, string Label, string Text, string? Unit, DateOnly TimeLimit, int WorkingDaysLeft, Rounds.MeasureStatus Status, int LatestPercent);
