namespace Rectify.Features.Dashboard;

/// <summary>What the dashboard covers: one round or every round in scope, optionally one unit and the units under it.</summary>
public sealed record DashboardFilter(Guid? RoundId, Guid? UnitId);
