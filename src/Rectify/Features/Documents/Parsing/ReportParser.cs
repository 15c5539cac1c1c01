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
        text = Simplified(text, context);
        var (tables, tableLines) = ReportTables.Find(text, context);
        var raw = TextNormalizer.RawLines(text, tableLines);
        var lines = TextNormalizer.Paragraphs(raw, context);
        var signature = Signature.Find(lines);
        var header = ReportHeader.Read(lines);
        var body = lines.Take(signature.Start).Skip(header.BodyStart).ToList();
        var published = RoundFacts.Checked(signature.Date, context, signature.DateLine?.Where) ?? PageDate.Find(raw);

        var draft = SelfExaminationReader.IsSelfExamination(string.Join("\n", body.Select(l => l.Text)))
            ? SelfExamination(body, context)
            : Rectification(body, published is null ? null : int.Parse(published[..4]), tables, context);

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
        var completion = FigureCheck.Completion(draft.Stated, draft.StatedWhere, context);
        var f = draft.Facts;
        return new ParsedReport(draft.Kind, header.Title, issuer, f.InspectingBody, f.InspectedUnit,
            f.StayStart, f.StayEnd, f.FeedbackDate, published, draft.Stated, counts, draft.Sections, context.Warnings,
            f.CampaignName, Text(draft.Opening), Text(draft.Organisation), Text(draft.NextSteps), Text(draft.Contact), completion);
    }

    private static Draft Rectification(List<SourceLine> body, int? publishedYear, IReadOnlyList<ReportTable> tables, ParseContext context)
    {
        var contactStart = ContactBlock.Start(body, Math.Min(body.Count, 1));
        var layout = DocumentLayout.Split(body.Take(contactStart).ToList());
        var openingText = string.Concat(layout.Opening.Select(l => l.Text));
        var facts = RoundFacts.Read(openingText, layout.Opening.FirstOrDefault()?.Where, publishedYear, context);
        if (facts.StayStart is null) context.Warn("DateMissing", ParsingMessages.Missing(ParsingMessages.Stay), null);
        if (facts.FeedbackDate is null) context.Warn("DateMissing", ParsingMessages.Missing(ParsingMessages.Feedback), null);

        var tableSections = TableSections(tables, context);
        var narrative = new ParseContext();
        var (preamble, roots) = OutlineBuilder.Build(layout.Feedback, narrative);
        var sections = RectificationTree.Build(roots, narrative);
        var organisation = layout.Organisation.Concat(preamble).ToList();
        if (tableSections.Count > 0)
        {
            // The problem list is the table; the feedback part's text around it stays the round's text.
            var narrativeProblems = Counting.Count(sections).Problems;
            if (narrativeProblems > 0) context.Warn("TableChosen", ParsingMessages.TableChosen(narrativeProblems), null);
            else organisation = layout.Organisation.Concat(layout.Feedback).ToList();
            sections = tableSections;
        }
        else
        {
            context.AddRange(narrative.Warnings);
            if (sections.Count == 0) context.Warn("NoProblems", ParsingMessages.Missing(ParsingMessages.FeedbackPart), null);
        }
        var (stated, where) = StatedFigures.Read(layout.Opening.Concat(organisation));
        return new Draft(ParsedReport.Rectification, facts, stated, where, sections, layout.Opening, organisation,
            layout.NextSteps, body.Skip(contactStart).ToList());
    }

    // Problem lists among the tables, in order; other tables are left out of the text, with a warning.
    private static List<ParsedSection> TableSections(IReadOnlyList<ReportTable> tables, ParseContext context)
    {
        var sections = new List<ParsedSection>();
        foreach (var table in tables)
        {
            if (ProblemTable.Read(table, context) is { } found) sections.AddRange(found);
            else context.Warn("TableOmitted", ParsingMessages.TableOmitted(table.Rows.Count), table.Where);
        }
        return sections;
    }

    // Reposted text: pinyin annotations removed, traditional characters made simplified.
    private static string Simplified(string text, ParseContext context)
    {
        var (plain, removed) = TraditionalText.WithoutPinyin(text);
        if (removed > 0) context.Warn("PinyinRemoved", ParsingMessages.PinyinRemoved(removed), null);
        if (!TraditionalText.IsTraditional(plain)) return plain;
        var (simplified, changed) = TraditionalText.ToSimplified(plain);
        context.Warn("TraditionalConverted", ParsingMessages.TraditionalConverted(changed), null);
        return simplified;
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
