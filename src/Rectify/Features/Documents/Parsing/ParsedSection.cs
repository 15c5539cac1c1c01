namespace Rectify.Features.Documents.Parsing;

public sealed record ParsedSection(
    string Label,
    string Title,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParsedProblem> Problems);
