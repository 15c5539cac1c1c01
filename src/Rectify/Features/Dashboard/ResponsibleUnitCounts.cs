namespace Rectify.Features.Dashboard;

/// <summary>The counts of one responsible unit (null: none named) in the scope, before rolling up.</summary>
public sealed record ResponsibleUnitCounts(
    Guid? UnitId, int Measures, int Closed, int StageResult, int InProgress, int NotStarted, int PendingReview, int Overdue, int DueSoon, int Lagging);
