namespace Rectify.Features.Documents.Excel;

/// <summary>
/// What an import did. Into an existing round: measures updated, added and left as they were, and the round's measures
/// the sheet did not mention (kept, never deleted, listed so the clerk sees them). As a new round: the sections,
/// problems and measures created. Either way: the rows whose "一是…二是…" cell was split (and into how many measures),
/// the measures given the sheet's progress (those reported done await evidence and review), and the rows below the table
/// left out.
/// </summary>
public sealed record SheetImportResult(
    Guid RoundId, int Updated, int Added, int Unchanged, int NotInSheetCount, IReadOnlyList<MeasureNotInSheet> NotInSheet)
{
    /// <summary>The round's id again, as <c>id</c>: the new-round endpoint answers 201 with it like any create.</summary>
    public Guid Id => RoundId;

    public bool NewRound { get; init; }
    public int Sections { get; init; }
    public int Problems { get; init; }
    public int SplitRows { get; init; }
    public int SplitMeasures { get; init; }
    public int WithProgress { get; init; }
    public int ReportedDone { get; init; }
    public IReadOnlyList<LeftOutRow> LeftOut { get; init; } = [];
}

public sealed record MeasureNotInSheet(Guid MeasureId, string Problem, string Measure);
