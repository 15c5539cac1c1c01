using Rectify.Features.Rounds.Structure;

namespace Rectify.Features.Documents.Excel;

/// <summary>A valid row of an imported ledger: where its problem sits and the measure it states.</summary>
public sealed record SheetLine(int Row, string Number, string Section, string Problem, MeasureImport Measure);
