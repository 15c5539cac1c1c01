namespace Rectify.Features.Documents.Parsing;

/// <summary>Label is the enumerator as written ("一是"), or empty for an unenumerated paragraph; Unit is a named sub-unit.</summary>
public sealed record ParsedMeasure(string Label, string Text, string? Unit);
