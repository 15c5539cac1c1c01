namespace Rectify.Features.Documents.Parsing;

/// <summary>Where is "第N行" or a section/problem label.</summary>
public sealed record ParseWarning(string Code, string Message, string? Where);
