namespace Rectify.Features.Documents.Parsing;

/// <summary>Reads one problem: its heading sentence, the feedback's words, and its measures.</summary>
internal static class ProblemReader
{
    public static ParsedProblem Read(string label, string lineText, IReadOnlyList<SourceLine> body,
        IReadOnlyList<OutlineNode> children, ParseContext context)
    {
        var (head, rectOnLine) = SplitLine(lineText);
        var (title, feedback) = Sentences.SplitFirst(head);
        var paragraphs = new List<(string Text, string Label)>();
        if (rectOnLine is not null) paragraphs.Add((rectOnLine, ""));

        var opens = rectOnLine is not null ? 0 : IndexOfRectification(body);
        var feedbackLines = body.Take(opens).Select(l => l.Text);
        feedback = Join(feedback is null ? feedbackLines : feedbackLines.Prepend(feedback));
        paragraphs.AddRange(body.Skip(opens).Select(l => (l.Text, "")));
        paragraphs.AddRange(children.Select(c => (string.Join("", c.SelfAndDescendants().Select(Flatten)), c.Marker.Label)));

        var measures = MeasureSplitter.Split(paragraphs);
        if (measures.Count == 0) context.Warn("ProblemWithoutMeasures", ParsingMessages.ProblemWithoutMeasures(label), label);
        return new ParsedProblem(label, title, feedback, measures);
    }

    // Splits "heading。整改情况:…" or "heading。一是…" into the heading and the rectification text.
    private static (string Head, string? Rect) SplitLine(string text)
    {
        if (Markers.FindRectificationLead(text) is { } lead)
            return (text[..lead.Index].Trim(), text[(lead.Index + lead.Length)..].Trim());
        var items = Enumerators.Split(text);
        var first = items.FirstOrDefault(i => i.Label.Length > 0);
        if (first is null) return (text, null);
        return (text[..first.Start].Trim(), text[first.Start..]);
    }

    // Paragraphs before the rectification text are the feedback's words; with no opener, all are rectification.
    private static int IndexOfRectification(IReadOnlyList<SourceLine> body)
    {
        for (var i = 0; i < body.Count; i++)
            if (MeasureSplitter.OpensRectification(body[i].Text)) return i;
        return 0;
    }

    private static string Flatten(OutlineNode n) => n.Marker.Rest + string.Concat(n.Body.Select(b => b.Text));

    private static string? Join(IEnumerable<string> parts)
    {
        var s = string.Join("\n", parts).Trim();
        return s.Length > 0 ? s : null;
    }
}
