namespace Rectify.Features.Dashboard;

/// <summary>The grouped counts of one responsible unit (null: none named) and close-out week (-1: none in the weeks shown), before rolling up.</summary>
public sealed record ResponsibleUnitCounts(
    Guid? UnitId, int ClosedWeek, int Measures, int Closed, int StageResult, int InProgress, int NotStarted, int PendingReview, int Overdue, int DueSoon, int Lagging);
