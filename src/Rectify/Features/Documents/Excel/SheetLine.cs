using Rectify.Features.Rounds.Structure;

namespace Rectify.Features.Documents.Excel;

/// <summary>A valid row of an imported ledger: where its problem sits, the measure it states and, from an export, which one it is.</summary>
public sealed record SheetLine(int Row, string Number, string Section, string Problem, MeasureImport Measure, MeasureRef? Ref = null);
