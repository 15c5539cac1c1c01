namespace Rectify.Features.Documents;

/// <summary>One refusal of an imported sheet, where the clerk can find it: sheet, row (1-based), column header.</summary>
public sealed record ImportError(string Sheet, int Row, string Column, string Message);
