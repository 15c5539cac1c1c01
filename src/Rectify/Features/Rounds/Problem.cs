using Rectify.Platform.Data;

namespace Rectify.Features.Rounds;

/// <summary>A specific problem (具体问题) of the feedback, with the feedback's own words.</summary>
public sealed class Problem
{
    private Problem() { }

    public Problem(Guid roundId, Guid? sectionId, string label, string title, string? feedback, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        RoundId = roundId;
        SectionId = sectionId;
        Edit(label, title, feedback);
        SortOrder = sortOrder;
    }

    /// <summary>
    /// The one way a new problem joins its section (or the round's top level): labelled by <see cref="Numbering.ForNew"/>
    /// ((1), (2), … unless its siblings follow another style), placed last.
    /// </summary>
    public static Problem AddTo(Guid roundId, Guid? sectionId, IReadOnlyList<string> siblingLabels, string? label, string title, string? feedback) =>
        new(roundId, sectionId, Numbering.ForNew(label, siblingLabels, "(1)"), title, feedback, siblingLabels.Count + 1);

    public Guid Id { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid? SectionId { get; private set; }
    public string Label { get; private set; } = "";
    [TrigramSearch]
    public string Title { get; private set; } = "";
    /// <summary>The feedback's own words and examples ("如:…").</summary>
    public string? Feedback { get; private set; }
    public int SortOrder { get; set; }
    /// <summary>Position in the whole round ("0002.0001…"), so a ledger sorts by section without recursion.</summary>
    public string SortKey { get; set; } = "";

    public void Edit(string label, string title, string? feedback)
    {
        Label = label.Trim();
        Title = title.Trim();
        Feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
    }

    public void MoveTo(Guid? sectionId) => SectionId = sectionId;
}
