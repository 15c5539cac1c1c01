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
