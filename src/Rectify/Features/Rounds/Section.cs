namespace Rectify.Features.Rounds;

/// <summary>An aspect (方面) or category (类) of a round's feedback; sections nest to any depth.</summary>
public sealed class Section
{
    private Section() { }

    public Section(Guid roundId, Guid? parentId, int depth, string levelName, string label, string title, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        RoundId = roundId;
        ParentId = parentId;
        Depth = depth;
        Edit(levelName, label, title);
        SortOrder = sortOrder;
    }

    /// <summary>
    /// The one way a new section joins its parent (or the round's top level): labelled by <see cref="Numbering.ForNew"/>
    /// ((一) at the top, 1. below, unless its siblings follow another style), placed last.
    /// </summary>
    public static Section AddTo(Guid roundId, Section? parent, IReadOnlyList<string> siblingLabels, string levelName, string? label, string title)
    {
        var depth = (parent?.Depth ?? 0) + 1;
        return new Section(roundId, parent?.Id, depth, levelName, Numbering.ForNew(label, siblingLabels, depth == 1 ? "(一)" : "1."), title,
            siblingLabels.Count + 1);
    }

    public Guid Id { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid? ParentId { get; private set; }
    public int Depth { get; private set; }
    /// <summary>The name of its level: 方面, 类, …</summary>
    public string LevelName { get; private set; } = "";
    /// <summary>The report's own numbering: (一), 1., 第一方面.</summary>
    public string Label { get; private set; } = "";
    public string Title { get; private set; } = "";
    public int SortOrder { get; set; }
    /// <summary>Position in the whole round ("0002.0001…"), so a ledger sorts by section without recursion.</summary>
    public string SortKey { get; set; } = "";

    public void Edit(string levelName, string label, string title)
    {
        LevelName = levelName.Trim();
        Label = label.Trim();
        Title = title.Trim();
    }

    public void MoveTo(Guid? parentId, int depth)
    {
        ParentId = parentId;
        Depth = depth;
    }
}
