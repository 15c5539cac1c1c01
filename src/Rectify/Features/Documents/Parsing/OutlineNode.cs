namespace Rectify.Features.Documents.Parsing;

/// <summary>A numbered line with the paragraphs and numbered lines under it.</summary>
internal sealed class OutlineNode(Marker marker, SourceLine line, int depth)
{
    public Marker Marker { get; set; } = marker;
    public SourceLine Line { get; } = line;
    public int Depth { get; } = depth;
    public List<OutlineNode> Children { get; } = [];
    public List<SourceLine> Body { get; } = [];

    /// <summary>Numbered after the node's "整改情况:": an item of its rectification text, not a level.</summary>
    public bool IsMeasureItem { get; init; }

    public bool IsLeaf => Children.All(c => c.IsMeasureItem);

    public bool OpensRectification =>
        Markers.FindRectificationLead(Marker.Rest) is not null || Body.Any(b => Markers.StartsWithRectificationLead(b.Text));

    /// <summary>Rectification text of its own: paragraphs or numbered items under it, or 一是/整改情况 on its line.</summary>
    public bool HasContent =>
        Body.Count > 0 || Children.Any(c => c.IsMeasureItem) || Markers.FindRectificationLead(Marker.Rest) is not null
        || Enumerators.Split(Marker.Rest).Any(i => i.Label.Length > 0);

    public IEnumerable<OutlineNode> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
