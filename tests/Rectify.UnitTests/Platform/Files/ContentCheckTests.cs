using System.Text;
using Rectify.Platform.Files;
using Rectify.Platform.Web;
using static Rectify.UnitTests.Platform.Files.HostileFiles;

namespace Rectify.UnitTests.Platform.Files;

public class ContentCheckTests
{
    [Fact]
    public void A_real_one_page_pdf_passes() => PdfCheck.Check(new MemoryStream(Pdf()));

    [Fact]
    public void Html_behind_a_pdf_header_is_refused_as_no_pdf()
    {
        var fake = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Html).ToArray();

        Assert.Equal(FileErrors.PdfUnreadable, Assert.Throws<RuleViolation>(() => PdfCheck.Check(new MemoryStream(fake))).Message);
    }

    [Theory]
    [InlineData("/OpenAction 4 0 R", "<< /S /JavaScript /JS (app.alert('整改')) >>", "JavaScript 脚本")]
    [InlineData("/OpenAction 4 0 R", "<< /S /Launch /F (cmd.exe) >>", "启动程序")]
    [InlineData("/Names << /EmbeddedFiles 4 0 R >>", "<< /Names [(a.exe) 5 0 R] >>", "嵌入文件")]
    [InlineData("/OpenAction 4 0 R", "<< /S /J#61vaScript /J#53 (app.alert(1)) >>", "JavaScript 脚本")]
    public void A_pdf_with_active_content_is_refused_naming_what_it_holds(string catalog, string action, string named)
    {
        var pdf = Pdf(catalog, action, "<< /Type /Filespec >>");

        var refusal = Assert.Throws<RuleViolation>(() => PdfCheck.Check(new MemoryStream(pdf))).Message;

        Assert.Contains(named, refusal);
        Assert.StartsWith("该 PDF 含有脚本", refusal);
    }

    [Fact]
    public void Real_png_and_jpeg_pass()
    {
        ImageCheck.Check(new MemoryStream(Png), FileSignature.Png);
        ImageCheck.Check(new MemoryStream(Jpeg), FileSignature.Jpeg);
    }

    [Fact]
    public void A_jpeg_header_followed_by_html_is_refused()
    {
        var fake = Jpeg[..20].Concat(Html).ToArray();

        Assert.Equal("该图片已损坏或不是有效的 JPEG 图片，请重新保存后上传",
            Assert.Throws<RuleViolation>(() => ImageCheck.Check(new MemoryStream(fake), FileSignature.Jpeg)).Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Html_after_the_end_of_a_real_image_is_refused(bool png)
    {
        var image = (png ? Png : Jpeg).Concat(Html).ToArray();

        Assert.Equal(FileErrors.ImageTrailing,
            Assert.Throws<RuleViolation>(() => ImageCheck.Check(new MemoryStream(image), png ? FileSignature.Png : FileSignature.Jpeg)).Message);
    }

    [Fact]
    public void A_png_with_a_broken_checksum_is_refused()
    {
        var broken = Png.ToArray();
        broken[20] ^= 0xFF;

        Assert.Throws<RuleViolation>(() => ImageCheck.Check(new MemoryStream(broken), FileSignature.Png));
    }

    [Fact]
    public void A_workbook_with_macros_is_refused()
    {
        using var xlsm = Xlsx("", extra: ("xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]));

        Assert.Equal(FileErrors.OfficeMacro, Assert.Throws<RuleViolation>(() => OfficeCheck.Check(xlsm)).Message);
    }

    [Fact]
    public void A_document_with_an_embedded_ole_object_is_refused()
    {
        using var docx = Zip(("word/document.xml", "<w:document/>"u8.ToArray()), ("word/embeddings/oleObject1.bin", [0xD0, 0xCF, 0x11, 0xE0]));

        Assert.Contains("嵌入的对象或控件", Assert.Throws<RuleViolation>(() => OfficeCheck.Check(docx)).Message);
    }

    [Fact]
    public void A_document_fetching_a_remote_template_is_refused_but_a_hyperlink_is_not()
    {
        const string rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{0}</Relationships>";
        const string link = "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"http://www.gov.cn/\" TargetMode=\"External\"/>";
        const string template = "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"http://10.0.0.5/t.dotm\" TargetMode=\"External\"/>";
        using var withLink = Zip(("word/document.xml", "<w:document/>"u8.ToArray()), ("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(string.Format(rels, link))));
        using var withTemplate = Zip(("word/document.xml", "<w:document/>"u8.ToArray()), ("word/_rels/settings.xml.rels", Encoding.UTF8.GetBytes(string.Format(rels, template))));

        OfficeCheck.Check(withLink);
        Assert.Equal("该文件含有指向外部的链接或模板（http://10.0.0.5/t.dotm），存在安全风险，请删除后重新上传",
            Assert.Throws<RuleViolation>(() => OfficeCheck.Check(withTemplate)).Message);
    }

    [Theory]
    [InlineData("整改报告\u202Efdp.exe", "整改报告fdp.exe")]
    [InlineData("..\\..\\etc\\照片.jpg", "照片.jpg")]
    [InlineData("现场\u200B照片\u0007.png", "现场照片.png")]
    [InlineData("  会议\t纪要  .pdf", "会议 纪要.pdf")]
    [InlineData("\u2066\u2069.pdf", "未命名文件.pdf")]
    public void Display_names_lose_controls_bidi_zero_width_and_path_parts(string given, string shown) =>
        Assert.Equal(shown, FileNames.Clean(given, 100));

    [Fact]
    public void A_long_display_name_is_cut_keeping_its_extension()
    {
        var name = FileNames.Clean(new string('整', 300) + ".pdf", 100);

        Assert.Equal(100, name.Length);
        Assert.EndsWith("整.pdf", name);
    }
}
