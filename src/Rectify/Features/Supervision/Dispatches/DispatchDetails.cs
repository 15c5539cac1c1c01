using Rectify.Features.Appeals;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>A kept dispatch as the page, the API and the documents show it, with the changes since the previous one.</summary>
public sealed record DispatchDetails(
    Guid Id, int Number, string Title, Guid OfficeUnitId, string Office, Guid? RoundId, string? Round, DateOnly PeriodFrom, DateOnly PeriodTo,
    DateOnly IssuedOn, string IssuedBy, DateTimeOffset IssuedAt, Guid? PreviousId, int? PreviousNumber, DispatchTotals Totals,
    IReadOnlyList<DispatchUnitRow> Units, IReadOnlyList<DispatchMeasureRow> Measures, AppealRatesReport? Appeals = null);

/// <summary>The scope's totals: the sum of the units' lines; the previous dispatch's rate when there is one.</summary>
public sealed record DispatchTotals(
    int Measures, int Closed, int StageResult, int InProgress, int DueSoon, int Overdue, int Lagging, int CompletedInPeriod, double CompletionRate,
    double? PreviousCompletionRate);

/// <summary>A unit's line, and how it moved since the previous dispatch (null: first dispatch, or the unit was not in it).</summary>
public sealed record DispatchUnitRow(
    int Position, int? Rank, Guid? UnitId, string Unit, int Measures, int Closed, int StageResult, int InProgress, int DueSoon, int Overdue,
    int Lagging, int CompletedInPeriod, double CompletionRate, DispatchChange? Change = null);

public sealed record DispatchMeasureRow(
    int Position, Guid MeasureId, DispatchWarning Warning, string Round, string Text, string Unit, DateOnly? TimeLimit, int DaysOverdue, int Percent);

/// <summary>A line of the list of dispatches.</summary>
public sealed record DispatchSummaryRow(
    Guid Id, int Number, string Title, Guid? RoundId, string? Round, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly IssuedOn, string IssuedBy,
    int Units, int Measures, double CompletionRate);

/// <summary>A unit last in the ranking of the two latest dispatches of a scope (末位约谈), with its line in the latest.</summary>
public sealed record LastPlacedUnit(Guid UnitId, string Unit, int Overdue, int Lagging, string Dispatch);
