using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rectify.IntegrationTests.Documents;

/// <summary>The office uploads a published report, reviews what was found and confirms: one round, its whole tree.</summary>
public partial class ReportUploadTests(World world) : IClassFixture<World>
{
    private static string Seed(string prefix) => File.ReadAllText(Directory.GetFiles(
        Path.Combine(AppContext.BaseDirectory, "../../../../../src/Rectify/Features/Demo/seeds"), prefix + "*.txt").Single());

    [Fact]
    public async Task Uploaded_gb18030_report_previews_its_figures_and_warnings_then_confirms_into_a_round()
    {
        var client = await SignedInAsync("office");
        var token = await TokenAsync(client, "/Documents/Upload");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Seed("002_"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", "通报.txt" },
        };
        var preview = await (await client.PostAsync("/Documents/Upload?handler=Parse", form)).Content.ReadAsStringAsync();
        Assert.Contains("<strong>10</strong> 个具体问题", preview);
        Assert.Contains("<strong>22</strong> 条整改措施", preview);
        Assert.Contains("14", preview);
        Assert.Contains("市委第五巡察组", preview);

        var confirm = await client.PostAsync("/Documents/Upload?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenPattern().Match(preview).Groups[1].Value,
            ["Text"] = Seed("002_"), ["InspectedUnitId"] = world.Commission.Id.ToString(), ["Title"] = "导入的通报", ["InspectingBody"] = "市委第五巡察组",
        }));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var roundId = Guid.Parse(confirm.Headers.Location!.ToString().Split('/').Last());
        var office = await world.As("office");
        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={roundId}");
        Assert.StartsWith("共3个方面,细化为10个具体问题、22条整改措施", summary.GetProperty("text").GetString());
        var round = await Ledger.GetJson(office, $"/api/v1/rounds/{roundId}");
        Assert.Equal("导入的通报", round.GetProperty("title").GetString());
        Assert.Equal("2023-11-10", round.GetProperty("feedbackDate").GetString());
        Assert.Contains("报告称具体问题14个,实际解析出10个", round.GetProperty("importNotes").GetString());
    }

    [Fact]
    public async Task Confirming_into_a_unit_outside_the_office_scope_creates_nothing()
    {
        var client = await SignedInAsync("officeB");
        var token = await TokenAsync(client, "/Documents/Upload");
        var response = await client.PostAsync("/Documents/Upload?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Text"] = Seed("002_"), ["InspectedUnitId"] = world.Commission.Id.ToString(),
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("所选单位不在您的管辖范围内", await response.Content.ReadAsStringAsync());
        var rounds = await Ledger.GetJson(await world.As("officeB"), "/api/v1/rounds");
        Assert.Equal(0, rounds.GetArrayLength());
    }

    [Fact]
    public async Task Unit_staff_cannot_open_the_upload_page()
    {
        var client = await SignedInAsync("staff");
        var response = await client.GetAsync("/Documents/Upload");
        Assert.Contains("/Account/Denied", response.Headers.Location?.ToString());
    }

    private async Task<HttpClient> SignedInAsync(string account)
    {
        var client = world.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await TokenAsync(client, "/Account/Login");
        var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["UserName"] = account, ["Password"] = World.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<string> TokenAsync(HttpClient client, string url) =>
        TokenPattern().Match(await client.GetStringAsync(url)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
