namespace Rectify.Features.Documents.Parsing;

/// <summary>Levels holds the number of sections at each depth, top first; the problem level is not among them.</summary>
public sealed record ParsedCounts(IReadOnlyList<int> Levels, int Problems, int Measures);
