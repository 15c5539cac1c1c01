using Rectify.Features.Rounds.Structure;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// A valid row of an imported ledger (or one measure of a row whose "一是…二是…" cell was split): where its problem
/// sits, the measure it states and, from an export, which one it is; the progress it reports, if any.
/// </summary>
public sealed record SheetLine(int Row, string Number, string Section, string Problem, MeasureImport Measure, MeasureRef? Ref = null)
{
    public SheetProgress? Progress { get; init; }

    /// <summary>How many measures the row's one cell was split into (1 when it was not).</summary>
    public int SplitOf { get; init; } = 1;
}

/// <summary>A row below the table that is not a measure (a footnote, a signature, a contact), left out and listed.</summary>
public sealed record LeftOutRow(int Row, string Text);
