namespace Rectify.Features.Documents.Parsing;

/// <summary>Title is the problem's heading sentence; Feedback the feedback's own words when the report gives them apart.</summary>
public sealed record ParsedProblem(string Label, string Title, string? Feedback, IReadOnlyList<ParsedMeasure> Measures);
