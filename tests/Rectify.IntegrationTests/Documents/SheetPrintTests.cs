using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rectify.Features.Documents.Excel;

namespace Rectify.IntegrationTests.Documents;

/// <summary>The 台账 and the 调度通报 sheets printed (LibreOffice → PDF): what a clerk would hand to a leader.</summary>
public partial class SheetPrintTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task The_ledger_prints_landscape_one_page_wide_with_its_title_whole_and_header_and_dates_on_every_page()
    {
        var office = demo.Office;
        var round = (await office.GetFromJsonAsync<JsonElement>("/api/v1/rounds")).EnumerateArray().MaxBy(r => r.GetProperty("measures").GetInt32());
        var title = round.GetProperty("title").GetString()!;
        var xlsx = await (await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={round.GetProperty("id").GetGuid()}")).Content.ReadAsByteArrayAsync();

        var printed = await SheetPrinter.PrintAsync(xlsx, "ledger");

        Assert.True(printed.Sizes.Count > 1, "a demo round's ledger runs over several pages");
        Assert.All(printed.Sizes, size => Assert.True(size.Width > size.Height && Math.Abs(size.Width - 842) < 2, $"A4 landscape, not {size}"));
        Assert.Contains(LedgerColumns.TitleOf(title), Flat(printed.Pages[0]));
        Assert.All(printed.Pages, page =>
        {
            // One page wide: the first and the last column are on every page, under the repeated header.
            Assert.Contains("序号", page);
            Assert.Contains("备注", page);
            Assert.Contains("完成时限", page);
            Assert.Empty(BrokenDate().Matches(page));
            Assert.DoesNotContain("时限待定", page);
        });
        Assert.Contains(printed.Pages, page => WholeDate().IsMatch(page));
    }

    [Fact]
    public async Task The_dispatch_sheets_print_landscape_one_page_wide_with_titles_whole_and_each_measure_beside_its_text()
    {
        var office = demo.Office;
        var issued = await office.PostAsJsonAsync("/api/v1/dispatches", new { });
        var id = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var xlsx = await (await office.GetAsync($"/api/v1/dispatches/{id}.xlsx")).Content.ReadAsByteArrayAsync();

        var printed = await SheetPrinter.PrintAsync(xlsx, "dispatch");

        Assert.All(printed.Sizes, size => Assert.True(size.Width > size.Height, $"A4 landscape, not {size}"));
        var units = printed.Pages.Where(p => p.Contains("排名变化")).ToList();
        var measures = printed.Pages.Where(p => p.Contains("完成进度")).ToList();
        var appeals = printed.Pages.Where(p => Flat(p).Contains("企业诉求办理情况")).ToList();
        Assert.Equal(printed.Pages.Count, units.Count + measures.Count + appeals.Count);
        Assert.Matches("整改工作调度通报（第\\d+期） ", Flat(units[0]));
        Assert.All(units, page => Assert.Contains("完成率变化", page));
        Assert.NotEmpty(measures);
        Assert.All(measures, page =>
        {
            Assert.Contains("超期和滞后措施", Flat(page));
            Assert.Contains("序号", page);
            Assert.Contains("超期天数", page);
        });
        // A dispatch of all rounds ends with the units' appeal rates, all sixteen columns on the page's width.
        Assert.NotEmpty(appeals);
        Assert.All(appeals, page =>
        {
            Assert.Contains("单位", page);
            Assert.Contains("评价率", Flat(page));
            Assert.Contains("合计", page);
        });
    }

    /// <summary>The page's text without the spaces and line breaks of its layout.</summary>
    private static string Flat(string page) => Regex.Replace(page, @"[ \n]+", " ");

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}(?![\d日])")]
    private static partial Regex BrokenDate();

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex WholeDate();
}
