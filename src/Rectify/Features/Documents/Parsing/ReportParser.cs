namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// Reads a published rectification report (or a self-examination text) into a draft round:
/// paragraphs → header and signature → parts by role → outline by markers → sections, problems, measures.
/// </summary>
public static class ReportParser
{
    public static ParsedReport Parse(string text)
    {
        var context = new ParseContext();
        var raw = TextNormalizer.RawLines(text);
        var lines = TextNormalizer.Paragraphs(raw, context);
        var signature = Signature.Find(lines);
        var header = ReportHeader.Read(lines);
        var body = lines.Take(signature.Start).Skip(header.BodyStart).ToList();
        var published = RoundFacts.Checked(signature.Date, context, signature.DateLine?.Where) ?? PageDate.Find(raw);

        var draft = SelfExaminationReader.IsSelfExamination(string.Join("\n", body.Select(l => l.Text)))
            ? SelfExamination(body, context)
            : Rectification(body, published is null ? null : int.Parse(published[..4]), context);

        if (header.Title is null) context.Warn("TitleMissing", ParsingMessages.Missing(ParsingMessages.Title), null);
        if (published is null) context.Warn("DateMissing", ParsingMessages.Missing(ParsingMessages.Published), null);
        var issuer = header.Issuer ?? signature.Name;
        if (issuer is null && draft.Facts.InspectedUnit is { } unit)
        {
            issuer = unit;
            context.Warn("IssuerInferred", ParsingMessages.IssuerInferred(unit), null);
        }

        var counts = Counting.Count(draft.Sections);
        FigureCheck.Compare(draft.Stated, draft.StatedWhere, counts, context);
        var f = draft.Facts;
        return new ParsedReport(draft.Kind, header.Title, issuer, f.InspectingBody, f.InspectedUnit,
            f.StayStart, f.StayEnd, f.FeedbackDate, published, draft.Stated, counts, draft.Sections, context.Warnings,
            f.CampaignName, Text(draft.Opening), Text(draft.Organisation), Text(draft.NextSteps), Text(draft.Contact));
    }

    private static Draft Rectification(List<SourceLine> body, int? publishedYear, ParseContext context)
    {
        var contactStart = ContactBlock.Start(body, Math.Min(body.Count, 1));
        var layout = DocumentLayout.Split(body.Take(contactStart).ToList());
        var openingText = string.Concat(layout.Opening.Select(l => l.Text));
        var facts = RoundFacts.Read(openingText, layout.Opening.FirstOrDefault()?.Where, publishedYear, context);
        if (facts.StayStart is null) context.Warn("DateMissing", ParsingMessages.Missing(ParsingMessages.Stay), null);
        if (facts.FeedbackDate is null) context.Warn("DateMissing", ParsingMessages.Missing(ParsingMessages.Feedback), null);

        var (preamble, roots) = OutlineBuilder.Build(layout.Feedback, context);
        var sections = RectificationTree.Build(roots, context);
        if (sections.Count == 0) context.Warn("NoProblems", ParsingMessages.Missing(ParsingMessages.FeedbackPart), null);
        var organisation = layout.Organisation.Concat(preamble).ToList();
        var (stated, where) = StatedFigures.Read(layout.Opening.Concat(organisation));
        return new Draft(ParsedReport.Rectification, facts, stated, where, sections, layout.Opening, organisation,
            layout.NextSteps, body.Skip(contactStart).ToList());
    }

    private static Draft SelfExamination(List<SourceLine> body, ParseContext context)
    {
        var (sections, before, after) = SelfExaminationReader.Read(body, context);
        var (stated, where) = StatedFigures.Read(before);
        return new Draft(ParsedReport.SelfExamination, new RoundFacts(null, null, null, null, null, null), stated, where,
            sections, before, [], after, []);
    }

    private static string? Text(IReadOnlyList<SourceLine> lines) =>
        lines.Count == 0 ? null : string.Join("\n", lines.Select(l => l.Text));

    private sealed record Draft(
        string Kind, RoundFacts Facts, Dictionary<string, int> Stated, Dictionary<string, string> StatedWhere,
        List<ParsedSection> Sections,
        IReadOnlyList<SourceLine> Opening, IReadOnlyList<SourceLine> Organisation,
        IReadOnlyList<SourceLine> NextSteps, IReadOnlyList<SourceLine> Contact);
}
