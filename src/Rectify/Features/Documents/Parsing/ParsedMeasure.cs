using System.Text.Json.Serialization;

namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// Label is the enumerator as written ("一是"), or empty for an unenumerated paragraph; Unit is a named sub-unit or the
/// responsible unit. A problem list given as a table also gives the leader, the person, the time limit as written and
/// cooperating units; a narrative leaves them null (and out of the JSON).
/// </summary>
public sealed record ParsedMeasure(
    string Label, string Text, string? Unit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Leader = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Person = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TimeLimit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? CooperatingUnits = null);
