using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.IntegrationTests.Admin;

namespace Rectify.IntegrationTests.Documents;

public class LedgerExportTests(World world) : IClassFixture<World>
{
    private static readonly string[] Headers =
        ["序号", "方面/类别", "具体问题", "整改措施", "措施类型", "牵头领导", "责任领导", "责任单位", "配合单位", "责任人", "完成时限", "整改进展", "完成情况", "备注", "编号"];

    [Fact]
    public async Task Office_exports_a_round_in_the_offices_layout_with_the_problem_merged_over_its_measures()
    {
        var built = await Ledger.CreateRoundAsync(world, "市委第六巡察组巡察反馈意见整改");
        var office = await world.As("office");

        var response = await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("整改台账-2024年4月18日.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var sheet = await ExportedSheet.ReadAsync(response);

        Assert.Empty(sheet.SchemaErrors);
        Assert.Equal("整改台账", sheet.Workbook.Descendants<Sheet>().Single().Name?.Value);
        Assert.Equal("市委第六巡察组巡察反馈意见整改台账", sheet.Cell("A1"));
        Assert.Equal(Headers, sheet.Texts(2));
        Assert.Equal(4, sheet.Rows.Count);
        Assert.Equal(["1", "(一)关于学习贯彻党中央关于优化营商环境决策部署方面", "1.学习贯彻习近平总书记关于优化营商环境的重要论述有差距问题"], sheet.Texts(3).Take(3));
        Assert.Equal(["一是加强理论学习,提升政治素养", "限期整改", "王领导", "王领导", "规划科", "信用科", "李规划", "2024年5月31日", "", "未启动\n（滞后）", ""], sheet.Texts(3).Skip(3).Take(11));
        Assert.Equal($"{built.MeasureId}:0", sheet.Cell("O3"));
        Assert.Equal("二是优化营商环境,对标先进打造亮点", sheet.Cell("D4"));
        Assert.Equal("长期坚持", sheet.Cell("K4"));
        Assert.Equal("未启动\n（未报进展）", sheet.Cell("M4"));
        Assert.Equal("规划科", sheet.Cell("I4"));
        Assert.Equal(["A1:N1", "A3:A4", "B3:B4", "C3:C4"], sheet.Merges);
    }

    [Fact]
    public async Task Exported_sheet_freezes_its_header_and_prints_landscape_A4_with_the_header_on_every_page()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var sheet = await ExportedSheet.ReadAsync(await (await world.As("office")).GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}"));

        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State?.Value);
        Assert.Equal("A3", pane.TopLeftCell?.Value);
        var idColumn = sheet.Worksheet.Descendants<Column>().Last();
        Assert.True(idColumn.Hidden?.Value);
        Assert.Equal(15u, idColumn.Min?.Value);
        var setup = sheet.Worksheet.Descendants<PageSetup>().Single();
        Assert.Equal(OrientationValues.Landscape, setup.Orientation?.Value);
        Assert.Equal(9u, setup.PaperSize?.Value);
        Assert.Equal(1u, setup.FitToWidth?.Value);
        Assert.Equal("A2:N4", sheet.Worksheet.Descendants<AutoFilter>().Single().Reference?.Value);
        var titles = sheet.Workbook.Descendants<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles");
        Assert.Equal("'整改台账'!$1:$2", titles.Text);
    }

    [Fact]
    public async Task Completion_shows_the_status_with_its_light_and_a_return_shows_its_reason()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await world.As("staff");
        var office = await world.As("office");
        await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("已组织专题学习7次", 100, ("a.pdf", Ledger.Pdf)));
        await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "各项任务已落实，制度已印发" });
        await office.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/review", new { decision = "Return", reason = "佐证材料不全" });
        await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
        {
            text = "建立营商环境问题清单",
            kind = "Dated",
            responsibleUnitId = world.Planning.Id,
            timeLimit = "2024-04-01",
        }));

        var sheet = await ExportedSheet.ReadAsync(await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}"));

        Assert.Equal("已组织专题学习7次", sheet.Cell("L3"));
        Assert.Equal("已退回（100%）", sheet.Cell("M3"));
        Assert.Equal("退回原因：佐证材料不全", sheet.Cell("N3"));
        Assert.Equal("2024年4月1日", sheet.Cell("K5"));
        Assert.Equal("未启动\n（超期、滞后）", sheet.Cell("M5"));
        Assert.Equal(["A1:N1", "A3:A5", "B3:B5", "C3:C5"], sheet.Merges);
    }

    [Fact]
    public async Task Export_carries_the_ledger_filter()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var sheet = await ExportedSheet.ReadAsync(await (await world.As("office")).GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}&kind=LongTerm"));

        Assert.Equal(3, sheet.Rows.Count);
        Assert.Equal("二是优化营商环境,对标先进打造亮点", sheet.Cell("D3"));
        Assert.DoesNotContain(sheet.Merges, m => m.StartsWith("A3"));
    }

    [Fact]
    public async Task Staff_of_another_unit_gets_only_the_header_admin_is_refused_and_anonymous_must_sign_in()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var url = $"/api/v1/ledger/export.xlsx?roundId={built.RoundId}";

        var other = await ExportedSheet.ReadAsync(await (await world.As("staffB")).GetAsync(url));
        Assert.Equal(2, other.Rows.Count);
        Assert.Equal("整改台账", other.Cell("A1"));
        Assert.Equal(Headers, other.Texts(2));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.As("admin")).GetAsync(url)).StatusCode);
        using var anonymous = world.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Ledger_page_offers_the_export_of_its_current_filter()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var session = await PageSession.SignInAsync(world, "office");

        var (_, html) = await session.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&kind=LongTerm");
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]+)\" data-testid=\"export\"").Groups[1].Value;
        Assert.Equal($"/Documents/LedgerExport?roundId={built.RoundId}&kind=LongTerm", link);
        var sheet = await ExportedSheet.ReadAsync(await session.GetRawAsync(link));

        Assert.Equal(3, sheet.Rows.Count);
        Assert.Equal("长期坚持", sheet.Cell("K3"));
    }
}
