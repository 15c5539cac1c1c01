using System.Text;
using Rectify.Platform.Files;
using Rectify.Platform.Web;
using static Rectify.UnitTests.Platform.Files.HostileFiles;

namespace Rectify.UnitTests.Platform.Files;

public class ArchiveGuardTests
{
    private static readonly FilesOptions Defaults = new();

    private static string Refusal(Stream zip, FilesOptions? limits = null) =>
        Assert.Throws<RuleViolation>(() => ArchiveGuard.Check(zip, limits ?? Defaults)).Message;

    [Fact]
    public void An_ordinary_workbook_passes_and_is_left_at_its_start()
    {
        using var xlsx = Xlsx($"<row r=\"1\">{Cell("A1", "具体问题")}</row>");
        xlsx.Position = 17;

        ArchiveGuard.Check(xlsx, Defaults);

        Assert.Equal(0, xlsx.Position);
    }

    [Fact]
    public void More_parts_than_the_limit_are_refused_before_the_directory_is_read()
    {
        using var zip = Zip(Enumerable.Range(0, 12).Select(i => ($"xl/media/image{i}.png", Png)).ToArray());

        Assert.Equal("文件内部包含的部件过多（12 个，上限 10 个），请另存为普通文档后重新上传", Refusal(zip, new FilesOptions { MaxEntries = 10 }));
    }

    [Fact]
    public void A_part_that_inflates_a_thousand_times_is_refused_as_a_bomb()
    {
        using var zip = Zip(("xl/sharedStrings.xml", new byte[20 * 1024 * 1024]));

        Assert.Equal("文件中的“xl/sharedStrings.xml”压缩比异常（超过 100 倍），疑为恶意构造的文件，已拒绝", Refusal(zip));
    }

    [Fact]
    public void Parts_larger_together_than_the_limit_are_refused_with_the_limit()
    {
        var random = new Random(7);
        var noise = new byte[700 * 1024];
        random.NextBytes(noise);
        using var zip = Zip(("word/media/a.bin", noise), ("word/media/b.bin", noise));

        Assert.Equal("文件解压后过大（超过 1 MB），请拆分后重新上传", Refusal(zip, new FilesOptions { MaxInflatedBytes = 1024 * 1024 }));
    }

    [Fact]
    public void A_header_that_understates_a_part_is_caught_while_inflating()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<si><t>整改措施第{i}条</t></si>")));
        using var lying = LieAboutSize(Zip(("xl/sharedStrings.xml", text)), "xl/sharedStrings.xml", 1000);

        var refusal = Assert.Throws<RuleViolation>(() => ArchiveGuard.Check(lying, Defaults)).Message;

        Assert.Contains("xl/sharedStrings.xml", refusal);
        Assert.Contains("已拒绝", refusal);
    }

    [Fact]
    public void An_archive_inside_the_package_is_refused_by_its_content_not_its_name()
    {
        using var inner = Zip(("payload.txt", "嵌套"u8.ToArray()));
        using var zip = Zip(("word/document.xml", "<w:document/>"u8.ToArray()), ("word/media/image1.png", inner.ToArray()));

        Assert.Equal("文件中嵌有其他压缩文件（“word/media/image1.png”），请删除嵌入的对象后重新上传", Refusal(zip));
    }

    [Theory]
    [InlineData("../../etc/cron.d/job")]
    [InlineData("/etc/passwd")]
    [InlineData("word\\..\\evil.xml")]
    [InlineData("C:/Windows/evil.xml")]
    public void Names_that_climb_out_of_the_package_are_refused(string name)
    {
        using var zip = Zip((name, "x"u8.ToArray()));

        Assert.StartsWith("文件中的部件名称", Refusal(zip));
    }

    [Fact]
    public void Bytes_that_are_no_zip_are_refused_as_a_damaged_file()
    {
        Assert.Equal(FileErrors.NotAnArchive, Refusal(new MemoryStream(Html)));
    }
}
