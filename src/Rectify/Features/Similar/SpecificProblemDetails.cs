using Rectify.Features.Rounds;

namespace Rectify.Features.Similar;

/// <summary>One problem (具体问题) with its place in the round, the measures the user may see, and the problems linked to it; named apart from RFC 9457 ProblemDetails.</summary>
public sealed record SpecificProblemDetails(
    Guid Id, Guid RoundId, string RoundTitle, IReadOnlyList<string> SectionPath, string Label, string Title, string? Feedback,
    ProblemStatus Status, IReadOnlyList<ProblemMeasureRow> Measures, IReadOnlyList<ProblemLinkRow> Links, ProblemPermissions Can);

public sealed record ProblemMeasureRow(Guid Id, Guid ProblemId, string Label, string Text, MeasureKind Kind, MeasureStatus Status,
    string? ResponsibleUnit, DateOnly? TimeLimit);

/// <summary>A linked problem as seen from this one, with its measures (those the user may see) to copy from.</summary>
public sealed record ProblemLinkRow(Guid ProblemId, Guid RoundId, string RoundTitle, string Label, string Title,
    string? Note, string LinkedBy, DateTimeOffset LinkedAt, IReadOnlyList<ProblemMeasureRow> Measures);

/// <summary>What the current user may do here: the office of the round links, unlinks and copies measures.</summary>
public sealed record ProblemPermissions(bool Link);
