namespace Rectify.Features.Documents.Excel;

/// <summary>
/// What an import into an existing round did: measures updated, added and left as they were, and the round's measures
/// the sheet did not mention (kept, never deleted, listed so the clerk sees them).
/// </summary>
public sealed record SheetImportResult(
    Guid RoundId, int Updated, int Added, int Unchanged, int NotInSheetCount, IReadOnlyList<MeasureNotInSheet> NotInSheet);

public sealed record MeasureNotInSheet(Guid MeasureId, string Problem, string Measure);
