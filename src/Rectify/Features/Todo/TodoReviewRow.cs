namespace Rectify.Features.Todo;

/// <summary>A close-out request waiting for the office's review, as 我的待办 lists it.</summary>
public sealed record TodoReviewRow(Guid MeasureId, string Label, string Text, string? ResponsibleUnit, int Percent, int EvidenceCount,
    string RequestedBy, DateTimeOffset RequestedAt);
