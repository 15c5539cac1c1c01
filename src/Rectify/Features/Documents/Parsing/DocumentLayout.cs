namespace Rectify.Features.Documents.Parsing;

/// <summary>The report cut into its parts by role: opening, organisation, feedback and rectification, next steps.</summary>
internal sealed record DocumentLayout(
    IReadOnlyList<SourceLine> Opening,
    IReadOnlyList<SourceLine> Organisation,
    IReadOnlyList<SourceLine> Feedback,
    IReadOnlyList<SourceLine> NextSteps)
{
    public static DocumentLayout Split(IReadOnlyList<SourceLine> body)
    {
        var heads = Enumerable.Range(0, body.Count)
            .Where(i => Markers.Read(body[i].Text) is { Kind: MarkerKind.PartNumber })
            .ToList();
        var roles = heads.Select(i => PartRoles.OfHeading(Markers.Read(body[i].Text)!.Rest)).ToList();
        if (heads.Count == 0 || roles.All(r => r == PartRole.Unknown)) return WithoutParts(body);

        var parts = heads.Select((h, p) => body.Skip(h).Take((p + 1 < heads.Count ? heads[p + 1] : body.Count) - h).ToList()).ToList();
        PartRoles.SettleFeedback(parts, roles);
        var organisation = new List<SourceLine>();
        var feedback = new List<SourceLine>();
        var next = new List<SourceLine>();
        var severalFeedbackParts = roles.Count(r => r == PartRole.Feedback) > 1;
        for (var p = 0; p < parts.Count; p++)
        {
            var target = roles[p] switch
            {
                PartRole.Feedback => feedback,
                PartRole.NextSteps => next,
                _ => organisation,
            };
            // One feedback part drops its heading; several become the top level of the outline.
            target.AddRange(roles[p] == PartRole.Feedback && !severalFeedbackParts ? parts[p].Skip(1) : parts[p]);
        }
        var (kept, moved) = CutNextSteps(feedback);
        return new DocumentLayout(body.Take(heads[0]).ToList(), organisation, kept, [.. moved, .. next]);
    }

    private static DocumentLayout WithoutParts(IReadOnlyList<SourceLine> body)
    {
        var first = 0;
        while (first < body.Count && Markers.Read(body[first].Text) is null) first++;
        var (kept, moved) = CutNextSteps(body.Skip(first).ToList());
        return new DocumentLayout(body.Take(first).ToList(), [], kept, moved);
    }

    // A closing paragraph about the next steps, written inside the last part without a heading of its own.
    private static (List<SourceLine> Kept, List<SourceLine> Moved) CutNextSteps(List<SourceLine> feedback)
    {
        var seenMarker = false;
        for (var i = 0; i < feedback.Count; i++)
        {
            var text = feedback[i].Text;
            if (Markers.Read(text) is not null) { seenMarker = true; continue; }
            if (seenMarker && PartRoles.IsNextStepsParagraph(text))
                return (feedback.Take(i).ToList(), feedback.Skip(i).ToList());
        }
        return (feedback, []);
    }
}
