using System.Diagnostics;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Files;
using Rectify.Platform.Web;
using static Rectify.UnitTests.Platform.Files.HostileFiles;

namespace Rectify.UnitTests.Features.Documents.Excel;

public class SheetLimitsTests
{
    private const string Header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>具体问题</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>整改措施</t></is></c></row>";

    [Fact]
    public void A_merged_range_over_the_whole_sheet_is_clipped_to_the_data_and_read_at_once()
    {
        var rows = Header + string.Concat(Enumerable.Range(2, 3).Select(r => $"<row r=\"{r}\">{Cell($"B{r}", $"措施{r}")}</row>"));
        using var xlsx = Xlsx(rows.Replace("<row r=\"2\">", $"<row r=\"2\">{Cell("A2", "学习制度不健全")}"), "<mergeCell ref=\"A2:XFD1048576\"/>");
        var clock = Stopwatch.StartNew();

        var grid = SheetGrid.Read(xlsx);

        Assert.True(clock.ElapsedMilliseconds < 5000, $"{clock.ElapsedMilliseconds} ms");
        Assert.Equal((4, 2), (grid.LastRow, grid.LastColumn));
        Assert.Equal("学习制度不健全", grid[4, 1]);
    }

    [Fact]
    public void A_sheet_with_more_rows_than_the_limit_is_refused_with_the_limit()
    {
        var rows = Header + string.Concat(Enumerable.Range(2, 250).Select(r => $"<row r=\"{r}\">{Cell($"A{r}", "问题")}{Cell($"B{r}", "措施")}</row>"));
        using var xlsx = Xlsx(rows);

        var refusal = Assert.Throws<RuleViolation>(() => SheetGrid.Read(xlsx, new FilesOptions { MaxRows = 100 }));

        Assert.Equal("表格行数过多（超过 100 行），请拆分后分批导入", refusal.Message);
    }

    [Fact]
    public void A_sheet_stating_a_used_range_over_the_limit_is_refused_before_its_rows_are_read()
    {
        using var xlsx = Xlsx(Header);
        var bytes = xlsx.ToArray();
        using var stated = Zip(ReadParts(bytes).Select(p => p.Name == "xl/worksheets/sheet1.xml"
            ? (p.Name, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(p.Content).Replace("<sheetData>", "<dimension ref=\"A1:J200000\"/><sheetData>")))
            : p).ToArray());

        Assert.Equal("表格行数过多（超过 100000 行），请拆分后分批导入", Assert.Throws<RuleViolation>(() => SheetGrid.Read(stated)).Message);
    }

    private static (string Name, byte[] Content)[] ReadParts(byte[] zip) =>
        new System.IO.Compression.ZipArchive(new MemoryStream(zip)).Entries.Select(e =>
        {
            using var copy = new MemoryStream();
            using (var from = e.Open()) from.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToArray();

    [Fact]
    public void A_cell_far_to_the_right_is_refused_naming_its_column()
    {
        using var xlsx = Xlsx(Header + $"<row r=\"2\">{Cell("ZZ2", "备注")}</row>");

        Assert.Equal("表格列数过多（第 ZZ 列超出了 256 列的上限），请删除多余的列后重新上传",
            Assert.Throws<RuleViolation>(() => SheetGrid.Read(xlsx)).Message);
    }

    [Fact]
    public void A_shared_string_longer_than_excel_allows_is_refused()
    {
        using var xlsx = Xlsx(Header, sharedStrings: $"<si><t>{string.Concat(Enumerable.Range(0, 40_000).Select(i => (char)('一' + i % 2000)))}</t></si>");

        Assert.Equal("表格中有一段文字过长（超过 32767 字），请精简后重新上传", Assert.Throws<RuleViolation>(() => SheetGrid.Read(xlsx)).Message);
    }

    [Fact]
    public void A_sheet_with_more_text_than_the_limit_is_refused()
    {
        var rows = Header + string.Concat(Enumerable.Range(2, 50).Select(r => $"<row r=\"{r}\">{Cell($"A{r}", new string('整', 500))}</row>"));
        using var xlsx = Xlsx(rows);

        Assert.Equal("表格的文字总量过大（超过 10000 字），请拆分后分批导入",
            Assert.Throws<RuleViolation>(() => SheetGrid.Read(xlsx, new FilesOptions { MaxSheetCharacters = 10_000 })).Message);
    }

    [Fact]
    public void A_workbook_whose_shared_strings_are_a_bomb_is_refused_before_it_is_read()
    {
        var bomb = "<si><t>" + new string('整', 2_000_000) + "</t></si>";
        using var xlsx = Xlsx(Header, sharedStrings: string.Concat(Enumerable.Repeat(bomb, 5)));

        Assert.Contains("压缩比异常", Assert.Throws<RuleViolation>(() => SheetGrid.Read(xlsx)).Message);
    }
}
