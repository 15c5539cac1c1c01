using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// Writes a bulletin as .docx in the national format for official documents (GB/T 9704-2012): A4; margins 37 mm top,
/// 35 mm bottom, 28 mm left, 26 mm right; title 2号 方正小标宋简体 centred; body 3号 仿宋_GB2312 on a grid of
/// 22 lines (a line grid and exact spacing) of 28 characters (condensed by a quarter point); headings 3号 黑体 and 楷体_GB2312; page numbers "— 1 —" in 4号 宋体 at the foot,
/// right on odd pages and left on even pages, one character in from the edge of the text.
/// </summary>
public static class BulletinDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Twentieths of a point. 1 mm = 1440 / 25.4 twips.
    public const int PageWidth = 11906, PageHeight = 16838;
    public const int MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1587, MarginRight = 1474;
    /// <summary>225 mm of text height / 22 lines = 28.95 pt a line.</summary>
    public const int LinePitch = 579;
    /// <summary>
    /// 156 mm of text width / 28 characters = 15.79 pt a character: 3号's 16 pt condensed by 0.25 pt (in twentieths of a
    /// point), which Word and LibreOffice both honour; LibreOffice draws Word's character grid (linesAndChars) far wider.
    /// </summary>
    public const int CharacterSpacing = -5;
    /// <summary>Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt.</summary>
    public const int Size2 = 44, Size3 = 32, Size4 = 28;
    public const string TitleFont = "方正小标宋简体", BodyFont = "仿宋_GB2312", Heading1Font = "黑体", Heading2Font = "楷体_GB2312",
        PageNumberFont = "宋体";
    /// <summary>Two characters of 3号 indent a paragraph's first line.</summary>
    private const int Indent2Chars = 640;

    public static void Write(Bulletin bulletin, Stream output) => Write(bulletin.Title, bulletin.Paragraphs.Select(Paragraph), output);

    /// <summary>Any official document in the bulletin's page, styles and footers: its paragraphs (<see cref="Paragraph"/>) and tables.</summary>
    public static void Write(string title, IEnumerable<OpenXmlElement> content, Stream output)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        doc.PackageProperties.Title = title;
        doc.PackageProperties.Language = "zh-CN";
        var main = doc.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new EvenAndOddHeaders(), new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
            }));
        var odd = main.AddNewPart<FooterPart>();
        odd.Footer = PageNumberFooter(JustificationValues.Right);
        var even = main.AddNewPart<FooterPart>();
        even.Footer = PageNumberFooter(JustificationValues.Left);

        var body = new Body();
        foreach (var element in content) body.Append(element);
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight,
                Header = 851U, Footer = 1247U, Gutter = 0U,
            },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch }));
        main.Document = new Document(body);
    }

    public static Paragraph Paragraph(BulletinParagraph p)
    {
        var props = new ParagraphProperties(new ParagraphStyleId { Val = StyleOf(p.Style) });
        if (p.Style is BulletinStyle.Signature) props.Append(new Indentation { Right = SignatureIndent(p.Text).ToString() });
        var paragraph = new Paragraph(props);
        var lines = p.Style is BulletinStyle.Title ? BulletinComposer.TitleLines(p.Text) : [p.Text];
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) paragraph.Append(new Run(new Break()));
            paragraph.Append(new Run(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return paragraph;
    }

    /// <summary>One character of 3号 as condensed (15.75 pt), in twips: indents in twips, as LibreOffice ignores Word's character units there.</summary>
    public const int CharacterWidth = 315;

    /// <summary>The date ends four characters in from the right (右空四字).</summary>
    public const int DateIndent = 4 * CharacterWidth;

    /// <summary>The issuer centred over the date; a long one ends where the date ends.</summary>
    private static int SignatureIndent(string issuer)
    {
        const double dateWidth = 8; // "2024年4月18日": 4 characters and 7 half-width digits, about 8 characters.
        var offset = Math.Max(0, (dateWidth - issuer.Length) / 2);
        return DateIndent + (int)Math.Round(offset * CharacterWidth);
    }

    public static string StyleOf(BulletinStyle style) => style switch
    {
        BulletinStyle.Title => "BulletinTitle",
        BulletinStyle.Heading1 => "BulletinHeading1",
        BulletinStyle.Heading2 => "BulletinHeading2",
        BulletinStyle.Heading3 => "BulletinHeading3",
        BulletinStyle.Signature => "BulletinSignature",
        BulletinStyle.Date => "BulletinDate",
        _ => "BulletinBody",
    };

    private static Styles Styles()
    {
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(BodyFont), new Spacing { Val = CharacterSpacing }, new FontSize { Val = Size3.ToString() }, new FontSizeComplexScript { Val = Size3.ToString() },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                // 22 lines on every page: no line moves on to keep a paragraph's last or first line company.
                new WidowControl { Val = false },
                // A closing mark never hangs past the margin: it takes the character before it on to the next line,
                // so every line keeps within its 28 characters. Word reads true as its own default (marks may hang);
                // LibreOffice, which renders our PDF, reads true as no hanging, and its hanging marks at a line's end
                // were sometimes not drawn at all (a comma lost after 坚持 or after a closing quote).
                new OverflowPunctuation { Val = true },
                new AutoSpaceDE { Val = false }, new AutoSpaceDN { Val = false },
                new SpacingBetweenLines { Line = LinePitch.ToString(), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
                new Justification { Val = JustificationValues.Both })));
        return new Styles(defaults,
            Style("Normal", "正文", null, isDefault: true),
            Style("BulletinTitle", "通报标题", TitleFont, size: Size2, justification: JustificationValues.Center, spacingAfter: LinePitch),
            Style("BulletinHeading1", "一级标题", Heading1Font, indent: Indent2Chars, outline: 0),
            Style("BulletinHeading2", "二级标题", Heading2Font, indent: Indent2Chars, outline: 1),
            Style("BulletinHeading3", "三级标题", BodyFont, indent: Indent2Chars, bold: true, outline: 2),
            Style("BulletinBody", "通报正文", null, indent: Indent2Chars),
            Style("BulletinSignature", "发文机关署名", null, justification: JustificationValues.Right, spacingBefore: 2 * LinePitch),
            Style("BulletinDate", "成文日期", null, justification: JustificationValues.Right, right: DateIndent));
    }

    private static Style Style(string id, string name, string? font, bool isDefault = false, int size = Size3,
        JustificationValues? justification = null, int? indent = null, bool bold = false, int? outline = null,
        int? spacingBefore = null, int? spacingAfter = null, int? right = null)
    {
        var p = new StyleParagraphProperties();
        if (spacingBefore is not null || spacingAfter is not null)
            p.Append(new SpacingBetweenLines { Before = (spacingBefore ?? 0).ToString(), After = (spacingAfter ?? 0).ToString() });
        if (indent is not null) p.Append(new Indentation { FirstLine = indent.ToString(), FirstLineChars = 200 });
        if (right is not null) p.Append(new Indentation { Right = right.ToString() });
        if (justification is not null) p.Append(new Justification { Val = justification.Value });
        if (outline is not null) p.Append(new OutlineLevel { Val = outline });
        var r = new StyleRunProperties();
        if (font is not null) r.Append(Fonts(font));
        if (bold) r.Append(new Bold(), new BoldComplexScript());
        r.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        var style = new Style(new StyleName { Val = name }, p, r) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (!isDefault) style.InsertAt(new BasedOn { Val = "Normal" }, 1);
        return style;
    }

    /// <summary>
    /// One font for every script of a style: digits and quotes (“ ”, which Word and LibreOffice class as Latin) print in
    /// the style's Chinese font, so quotes are full-width and a line holds no second typeface.
    /// </summary>
    private static RunFonts Fonts(string font) =>
        new() { EastAsia = font, Ascii = font, HighAnsi = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia };

    /// <summary>"— 1 —" in 4号 宋体 with half-width digits, one character in from the outside edge.</summary>
    private static Footer PageNumberFooter(JustificationValues side)
    {
        var props = new ParagraphProperties(
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
            side == JustificationValues.Right ? new Indentation { Right = "280" } : new Indentation { Left = "280" },
            new Justification { Val = side });
        RunProperties Font() => new(
            new RunFonts { Ascii = PageNumberFont, HighAnsi = PageNumberFont, EastAsia = PageNumberFont, ComplexScript = PageNumberFont },
            new FontSize { Val = Size4.ToString() }, new FontSizeComplexScript { Val = Size4.ToString() });
        return new Footer(new Paragraph(props,
            new Run(Font(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(Font(), new Text("1"))) { Instruction = " PAGE " },
            new Run(Font(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }
}
