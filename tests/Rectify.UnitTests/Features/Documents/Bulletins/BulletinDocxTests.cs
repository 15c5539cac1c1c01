using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Documents.Parsing;
using Rectify.UnitTests.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Bulletins;

/// <summary>The .docx is read back with the Open XML SDK and checked against GB/T 9704-2012.</summary>
public sealed class BulletinDocxTests
{
    private static readonly Bulletin Bulletin =
        BulletinComposer.Compose(BulletinSources.FromReport(Seeds.Parse("002")), new DateOnly(2024, 4, 18));

    private static WordprocessingDocument Open()
    {
        var stream = new MemoryStream();
        BulletinDocx.Write(Bulletin, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    private const double TwipsPerMm = 1440 / 25.4;

    [Fact]
    public void The_page_is_A4_with_the_standards_margins()
    {
        using var doc = Open();
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(210, size.Width!.Value / TwipsPerMm, 0);
        Assert.Equal(297, size.Height!.Value / TwipsPerMm, 0);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(37, margin.Top!.Value / TwipsPerMm, 0);
        Assert.Equal(35, margin.Bottom!.Value / TwipsPerMm, 0);
        Assert.Equal(28, margin.Left!.Value / TwipsPerMm, 0);
        Assert.Equal(26, margin.Right!.Value / TwipsPerMm, 0);
    }

    [Fact]
    public void The_body_is_3hao_fangsong_on_a_grid_of_22_lines_of_28_characters()
    {
        using var doc = Open();
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);

        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!;
        var run = defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋_GB2312", run.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", run.FontSize!.Val!.Value); // 3号 = 16 pt
        var spacing = defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
        Assert.Equal(grid.LinePitch!.Value.ToString(), spacing.Line!.Value);

        var textHeight = size.Height!.Value - margin.Top!.Value - margin.Bottom!.Value;
        Assert.Equal(22, (int)(textHeight / int.Parse(spacing.Line!.Value!)));
        var textWidth = size.Width!.Value - margin.Left!.Value - margin.Right!.Value;
        var charPitchTwips = 16 * 20 + run.Spacing!.Val!.Value;
        Assert.Equal(28, (int)(textWidth / charPitchTwips));
    }

    [Fact]
    public void Title_and_headings_have_the_standards_fonts()
    {
        using var doc = Open();
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var paragraphs = doc.MainDocumentPart.Document!.Body!.Elements<Paragraph>().ToList();
        Style StyleOf(Paragraph p) => styles[p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!];

        var title = StyleOf(paragraphs[0]);
        Assert.Equal(Bulletin.Title, paragraphs[0].InnerText);
        Assert.Equal("方正小标宋简体", title.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", title.StyleRunProperties.FontSize!.Val!.Value); // 2号 = 22 pt
        Assert.Equal(JustificationValues.Center, title.StyleParagraphProperties!.Justification!.Val!.Value);

        var heading1 = paragraphs.First(p => p.InnerText == "一、整改工作组织情况");
        Assert.Equal("黑体", StyleOf(heading1).StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", StyleOf(heading1).StyleRunProperties!.FontSize!.Val!.Value);
        var heading2 = paragraphs.First(p => p.InnerText.StartsWith("（一）"));
        Assert.Equal("楷体_GB2312", StyleOf(heading2).StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", StyleOf(heading2).StyleRunProperties!.FontSize!.Val!.Value);
        var body = paragraphs.First(p => p.InnerText.StartsWith("整改情况"));
        Assert.Null(StyleOf(body).StyleRunProperties!.RunFonts); // the default: 仿宋_GB2312
        Assert.Equal("200", StyleOf(body).StyleParagraphProperties!.Indentation!.FirstLineChars!.Value.ToString());
    }

    [Fact]
    public void Page_numbers_are_dashed_4hao_songti_at_the_outside_edge()
    {
        using var doc = Open();
        Assert.NotNull(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var section = doc.MainDocumentPart.Document!.Body!.Elements<SectionProperties>().Single();
        Footer FooterOf(HeaderFooterValues type) => ((FooterPart)doc.MainDocumentPart.GetPartById(
            section.Elements<FooterReference>().Single(r => r.Type!.Value == type).Id!.Value!)).Footer!;

        foreach (var (type, side) in new[] { (HeaderFooterValues.Default, JustificationValues.Right), (HeaderFooterValues.Even, JustificationValues.Left) })
        {
            var footer = FooterOf(type);
            var paragraph = footer.Elements<Paragraph>().Single();
            Assert.Equal(side, paragraph.ParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal("— 1 —", paragraph.InnerText);
            Assert.Equal(" PAGE ", paragraph.Descendants<SimpleField>().Single().Instruction!.Value);
            Assert.All(paragraph.Descendants<RunProperties>(), r =>
            {
                Assert.Equal("宋体", r.RunFonts!.EastAsia!.Value);
                Assert.Equal("28", r.FontSize!.Val!.Value); // 4号 = 14 pt
            });
        }
    }

    [Fact]
    public void The_docx_reads_back_as_the_round_through_the_report_reader()
    {
        var stream = new MemoryStream();
        BulletinDocx.Write(Bulletin, stream);
        stream.Position = 0;

        var back = ReportParser.Parse(ReportReader.ReadText(stream, "通报.docx"));

        var round = BulletinSources.FromReport(Seeds.Parse("002"));
        Assert.Equal(BulletinRoundTripTests.Outline(round.Sections, round.Problems), BulletinRoundTripTests.Outline(back));
        Assert.Equal(Bulletin.Title, back.Title);
        Assert.Equal("中共东营市发展和改革委员会党组", back.Issuer);
    }
}
