using System.Net;
using System.Text;

namespace Rectify.IntegrationTests.Documents;

/// <summary>The office uploads a published report, reviews what was found and confirms: one round, its whole tree.</summary>
public class ReportUploadTests(World world) : IClassFixture<World>
{
    private static string Seed(string prefix) => File.ReadAllText(Directory.GetFiles(
        Path.Combine(AppContext.BaseDirectory, "../../../../../src/Rectify/Features/Demo/seeds"), prefix + "*.txt").Single());

    [Fact]
    public async Task Uploaded_gb18030_report_previews_its_figures_and_warnings_then_confirms_into_a_round()
    {
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync("/Documents/Upload");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Seed("002_"));
        var parsed = await page.PostMultipartAsync("/Documents/Upload?handler=Parse",
            new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "通报.txt" } });
        var preview = await parsed.Content.ReadAsStringAsync();
        Assert.Contains("<strong>10</strong> 个具体问题", preview);
        Assert.Contains("<strong>22</strong> 条整改措施", preview);
        Assert.Contains("报告称具体问题14个，实际解析出10个", preview);
        Assert.Contains("市委第五巡察组", preview);
        // The report's issuer (中共东营市发展和改革委员会党组) names 市发展改革委: the unit is chosen in the picker already.
        Assert.Contains($"name=\"InspectedUnitId\" value=\"{world.Commission.Id}\"", preview);
        Assert.Contains("报告自述：具体问题14个；整改措施34条", preview);
        Assert.Contains("报告称具体问题14个，其中已完成13个。", preview);
        Assert.Contains("报告称整改措施34条，其中已完成33条。", preview);

        var confirm = await page.PostAsync("/Documents/Upload?handler=Confirm", new()
        {
            ["Text"] = Seed("002_"),
            ["InspectedUnitId"] = world.Commission.Id.ToString(),
            ["Title"] = "导入的通报",
            ["InspectingBody"] = "市委第五巡察组",
        });
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var roundId = Guid.Parse(confirm.Headers.Location!.ToString().Split('/').Last());
        var office = await world.As("office");
        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={roundId}");
        Assert.StartsWith("共3个方面，细化为10个具体问题、22条整改措施", summary.GetProperty("text").GetString());
        var round = await Ledger.GetJson(office, $"/api/v1/rounds/{roundId}");
        Assert.Equal("导入的通报", round.GetProperty("title").GetString());
        Assert.Equal("2023-11-10", round.GetProperty("feedbackDate").GetString());
        Assert.Contains("报告称具体问题14个，实际解析出10个", round.GetProperty("importNotes").GetString());
    }

    [Fact]
    public async Task Confirming_into_a_unit_outside_the_office_scope_creates_nothing()
    {
        var page = await PageSession.SignInAsync(world, "officeB");
        await page.GetAsync("/Documents/Upload");
        var html = await page.PostForPageAsync("/Documents/Upload?handler=Confirm", new()
        {
            ["Text"] = Seed("002_"),
            ["InspectedUnitId"] = world.Commission.Id.ToString(),
        });
        Assert.Contains("所选单位不在您的管辖范围内", html);
        var rounds = await Ledger.GetJson(await world.As("officeB"), "/api/v1/rounds");
        Assert.Equal(0, rounds.GetArrayLength());
    }

    [Fact]
    public async Task Unit_staff_cannot_open_the_upload_page()
    {
        var page = await PageSession.SignInAsync(world, "staff");
        var response = await page.GetRawAsync("/Documents/Upload");
        Assert.Contains("/Account/Denied", response.Headers.Location?.ToString());
    }
}
