namespace Rectify.Features.Rounds.Structure;

/// <summary>A whole round at once — from a parsed report, a sheet or the demo — created in one transaction.</summary>
public sealed record RoundImport(
    RoundDetailsInput Details, string? OrganisationText, string? NextStepsText, string? ContactText,
    IReadOnlyList<SectionImport> Sections, IReadOnlyList<ProblemImport> Problems, IReadOnlyList<string>? Notes = null,
    string? SourceHash = null);

public sealed record SectionImport(string LevelName, string Label, string Title, IReadOnlyList<SectionImport> Sections, IReadOnlyList<ProblemImport> Problems);

public sealed record ProblemImport(string Label, string Title, string? Feedback, IReadOnlyList<MeasureImport> Measures);

/// <summary>A measure and its three lists' columns; a report gives only the unit, a sheet gives them all.</summary>
public sealed record MeasureImport(
    string Label, string Text, MeasureKind Kind, Guid? ResponsibleUnitId,
    string? LeadLeader = null, string? ResponsibleLeader = null, IReadOnlyList<Guid>? CooperatingUnitIds = null,
    string? ResponsiblePerson = null, DateOnly? TimeLimit = null, ImportedProgress? Progress = null);

/// <summary>
/// Progress a sheet reports for a measure, recorded as a progress report of the importing user, dated the import's day.
/// A measure reported done gets 100% and stays to be closed out with evidence: an import never closes a measure.
/// </summary>
public sealed record ImportedProgress(string Text, int Percent, Guid? ReportedById, string ReportedBy);
