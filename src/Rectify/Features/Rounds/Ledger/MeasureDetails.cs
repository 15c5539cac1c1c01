using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Ledger;

public sealed record MeasureDetails(
    LedgerRow Row, string? ProblemFeedback, DateOnly? StartDate, int? TimeLimitWorkingDays, IReadOnlyList<Guid> CooperatingUnitIds,
    IReadOnlyList<ProgressRow> Progress, IReadOnlyList<EvidenceRow> Evidence, IReadOnlyList<CloseOutRow> CloseOuts,
    IReadOnlyList<HistoryRow> History, MeasurePermissions Can, bool CloseOutEvidenceOptional = false);

public sealed record ProgressRow(Guid Id, DateOnly On, int Percent, string Text, string ReportedBy, DateTimeOffset At);

public sealed record EvidenceRow(Guid Id, Guid? ProgressUpdateId, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset At);

public sealed record CloseOutRow(Guid Id, string? Note, string RequestedBy, DateTimeOffset RequestedAt, CloseOutDecision Decision,
    string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt);

public sealed record HistoryRow(DateTimeOffset At, string UserName, string EntityType, string Action, IReadOnlyList<FieldChange> Changes);

/// <summary>What the current user may do on this measure, so pages show only the buttons that will work.</summary>
public sealed record MeasurePermissions(bool ReportProgress, bool RequestCloseOut, bool Review, bool Edit, bool Reopen);
