using System.Net;

namespace Rectify.IntegrationTests.Documents;

public class LedgerImportPageTests(World world) : IClassFixture<World>
{
    private static readonly string[] Header = ["具体问题", "方面/类别", "整改措施", "措施类型", "完成时限", "责任单位", "配合单位", "牵头领导", "责任领导", "责任人"];

    [Fact]
    public async Task A_refused_sheet_shows_every_error_in_a_table_and_keeps_the_typed_details()
    {
        var session = await PageSession.SignInAsync(world, "office");
        await session.GetAsync("/Documents/ImportSheet");
        var sheet = TestSheet.Build([Header,
            ["问题一", "作风方面", "", "限期整改", "", "规划科", "", "", "", ""],
            ["", "作风方面", "一是建立台账", "立行立改", "", "不存在科", "", "", "", ""]]);

        var response = await session.PostMultipartAsync("/Documents/ImportSheet", Form(sheet, "我的台账标题"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("台账中有 4 处错误,未导入任何内容", html);
        Assert.Contains("data-testid=\"import-errors\"", html);
        Assert.Contains("<td>2</td><td>整改措施</td><td>整改措施为空</td>", html);
        Assert.Contains("<td>2</td><td>完成时限</td><td>限期整改的措施缺少完成时限</td>", html);
        Assert.Contains("<td>3</td><td>具体问题</td><td>具体问题为空</td>", html);
        Assert.Contains("<td>3</td><td>责任单位</td><td>责任单位“不存在科”不存在或不在本单位范围内</td>", html);
        Assert.Contains("value=\"我的台账标题\"", html);
    }

    [Fact]
    public async Task A_valid_sheet_creates_the_round_and_opens_its_ledger_with_a_message()
    {
        var session = await PageSession.SignInAsync(world, "office");
        await session.GetAsync("/Documents/ImportSheet");
        var sheet = TestSheet.Build([Header, ["问题一", "作风方面", "一是建立台账", "限期整改", "2024-06-30", "规划科", "", "", "", ""]]);

        var response = await session.PostMultipartAsync("/Documents/ImportSheet", Form(sheet, "页面导入的台账"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/Rounds/Ledger?roundId=", location);
        var (_, html) = await session.GetAsync(location);
        Assert.Contains("已根据台账创建轮次", html);
        Assert.Contains("</a> 建立台账", html);
    }

    /// <summary>The API's form: page properties bind by name regardless of case.</summary>
    private MultipartFormDataContent Form(byte[] sheet, string title) => TestSheet.Form(sheet, world.Commission.Id, title);
}
