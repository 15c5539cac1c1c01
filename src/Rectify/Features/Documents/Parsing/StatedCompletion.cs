namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// What a report says of completion for one figure ("problems" or "measures"): the total it states (null when it
/// states only the completed count, "已有3个问题完成整改") and how many of them it says are completed.
/// </summary>
public sealed record StatedCompletion(string Figure, int? Stated, int Completed, string? Where);
