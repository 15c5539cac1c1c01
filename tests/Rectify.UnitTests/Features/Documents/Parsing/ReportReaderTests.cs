using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class ReportReaderTests
{
    [Fact]
    public void Gb18030_text_is_decoded_and_parses_like_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Seeds.Text("002"));

        var text = ReportReader.ReadText(new MemoryStream(bytes), "report.txt");

        Assert.Equal(Seeds.Text("002"), text);
        Assert.Equal(10, ReportParser.Parse(text).Counts.Problems);
    }

    [Fact]
    public void Utf8_text_with_a_byte_order_mark_is_decoded()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("整改情况")).ToArray();

        Assert.Equal("整改情况", ReportReader.ReadText(new MemoryStream(bytes), "a.TXT"));
    }

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("整改情况")).ToArray();

        Assert.Equal("整改情况", ReportReader.ReadText(new MemoryStream(bytes), "a.txt"));
    }

    [Fact]
    public void Docx_paragraphs_are_read_in_order()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(SampleReport.Text.Split('\n').Select(line => new Paragraph(new Run(new Text(line)))));
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        stream.Position = 0;

        var r = ReportParser.Parse(ReportReader.ReadText(stream, "report.docx"));

        Assert.Equal(3, r.Counts.Problems);
        Assert.Equal(5, r.Counts.Measures);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("report.doc")]
    public void Unsupported_files_are_refused_with_a_chinese_message(string fileName)
    {
        var e = Assert.Throws<InvalidDataException>(() => ReportReader.ReadText(new MemoryStream([1, 2, 3]), fileName));

        Assert.Contains("不支持的文件类型", e.Message);
    }

    [Fact]
    public void A_docx_with_more_text_than_any_report_is_refused_with_a_chinese_message()
    {
        // Varied text, as a real report's: a run of one character would be refused earlier as a compression bomb.
        var paragraph = new string(Enumerable.Range(0, 100_000).Select(i => (char)('一' + i * 7919 % 20000)).ToArray());
        var stream = new ReportDocx().Paragraphs(string.Join("\n", Enumerable.Repeat(paragraph, DocxText.MaxCharacters / paragraph.Length + 1))).Build();

        var e = Assert.Throws<InvalidDataException>(() => ReportReader.ReadText(stream, "很长的报告.docx"));

        Assert.Contains("文件正文超过200万字", e.Message);
    }

    [Fact]
    public void A_broken_docx_is_refused_with_a_chinese_message()
    {
        var e = Assert.Throws<InvalidDataException>(() => ReportReader.ReadText(new MemoryStream([1, 2, 3]), "x.docx"));

        Assert.Contains("无法读取", e.Message);
    }
}
