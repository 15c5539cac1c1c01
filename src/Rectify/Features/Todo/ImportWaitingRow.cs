using Rectify.Features.Documents.Jobs;

namespace Rectify.Features.Todo;

/// <summary>A sheet import of the user's that is still queued or running.</summary>
public sealed record ImportWaitingRow(Guid Id, SheetImportKind Kind, SheetImportState State, string? Phase, int Done, int Total, DateTimeOffset CreatedAt);
