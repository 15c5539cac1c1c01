using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Documents.Parsing;
using UglyToad.PdfPig;

namespace Rectify.IntegrationTests.Documents;

/// <summary>The demo site as the README's run command starts it, with the office signed in.</summary>
public sealed class DemoWorld : IAsyncLifetime
{
    public RectifyFactory Factory { get; } = new(demo: true);
    public HttpClient Office { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Office = await SignInAsync("office");

    /// <summary>A client holding a bearer token of a demo account (the demo password).</summary>
    public async Task<HttpClient> SignInAsync(string account)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = account, password = Rectify.Features.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Office.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>Every demo round's bulletin, as Word, PDF and HTML, read back.</summary>
public class BulletinTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task Every_demo_rounds_bulletin_parses_back_into_that_rounds_sections_problems_and_measures()
    {
        var rounds = (await demo.Office.GetFromJsonAsync<JsonElement>("/api/v1/rounds")).EnumerateArray().ToList();
        Assert.Equal(5, rounds.Count);
        foreach (var round in rounds)
        {
            var id = round.GetProperty("id").GetGuid();
            var tree = await demo.Office.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{id}/tree");
            var docx = await demo.Office.GetAsync($"/api/v1/rounds/{id}/bulletin.docx?date=2024-04-18");
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            Assert.Equal(BulletinDocx.ContentType, docx.Content.Headers.ContentType!.MediaType);

            var back = ReportParser.Parse(ReportReader.ReadText(await docx.Content.ReadAsStreamAsync(), "通报.docx"));

            var expected = Outline(tree.GetProperty("sections"), tree.GetProperty("problems"), 0);
            Assert.True(expected.Count > 0);
            Assert.Equal(expected, Outline(back));
            Assert.Equal("2024-04-18", back.PublishedDate);
        }
    }

    [Fact]
    public async Task The_pdf_has_A4_pages_numbered_at_the_foot_with_the_title_first_and_the_issuer_last()
    {
        var id = await RoundIdAsync("东营");

        var response = await demo.Office.GetAsync($"/api/v1/rounds/{id}/bulletin.pdf?date=2024-04-18");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.InRange(pdf.NumberOfPages, 3, 40);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
            var text = Regex.Replace(page.Text, @"\s", "");
            Assert.Contains($"—{page.Number}—", text);
            // The number sits below the text area (35 mm from the foot), one 4号 character in from its edge: right on odd
            // pages, left on even ones (GB/T 9704 7.5).
            var number = page.Letters.Where(l => l.BoundingBox.Top < 35 / 25.4 * 72 && !char.IsWhiteSpace(l.Value, 0)).ToList();
            Assert.NotEmpty(number);
            if (page.Number % 2 == 1) Assert.InRange(number.Max(l => l.BoundingBox.Right), 595 - 26 / 25.4 * 72 - 14 - 6, 595 - 26 / 25.4 * 72 - 14 + 6);
            else Assert.InRange(number.Min(l => l.BoundingBox.Left), 28 / 25.4 * 72 + 14 - 6, 28 / 25.4 * 72 + 14 + 6);
        }
        var first = Regex.Replace(pdf.GetPage(1).Text, @"\s", "");
        Assert.Contains("中共东营市发展和改革委员会党组", first);
        Assert.Contains("关于巡察整改进展情况的通报", first);
        var last = Regex.Replace(pdf.GetPage(pdf.NumberOfPages).Text, @"\s", "");
        Assert.Contains("2024年4月18日", last);
        // Body text stays inside the standard's text area, 28 mm from the left and 26 mm from the right edge; only
        // punctuation may hang past the right edge (标点悬挂), as Chinese typesetting does.
        var letters = pdf.GetPage(2).Letters.Where(l => !char.IsPunctuation(l.Value, 0) && !char.IsWhiteSpace(l.Value, 0)).ToList();
        Assert.InRange(letters.Min(l => l.BoundingBox.Left), 28 / 25.4 * 72 - 1, 28 / 25.4 * 72 + 40);
        Assert.InRange(letters.Max(l => l.BoundingBox.Right), 595 - 26 / 25.4 * 72 - 20, 595 - 26 / 25.4 * 72 + 1);
    }

    [Fact]
    public async Task The_html_is_a_whole_page_in_chinese_with_the_same_headings()
    {
        var id = await RoundIdAsync("东营");

        var response = await demo.Office.GetAsync($"/api/v1/rounds/{id}/bulletin.html?date=2024-04-18");

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<h1>中共东营市发展和改革委员会党组<br>关于巡察整改进展情况的通报</h1>", html);
        Assert.Contains("<h2>一、整改工作组织情况</h2>", html);
        Assert.Contains("<h2>三、下步工作打算</h2>", html);
        Assert.Contains("<h3>（一）关于学习贯彻", html);
        Assert.Contains("<p class=\"date\">2024年4月18日</p>", html);
    }

    [Fact]
    public async Task The_offices_narratives_are_printed_and_a_stale_edit_is_refused()
    {
        var id = await RoundIdAsync("遂宁");
        var round = await demo.Office.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{id}");
        var version = round.GetProperty("version").GetInt32();
        var texts = new
        {
            version, organisationText = "三、组织情况\n成立整改工作领导小组,主要负责同志任组长。", nextStepsText = "持续巩固整改成果。",
            contactText = "联系电话:0825-2222222",
        };

        Assert.Equal(HttpStatusCode.NoContent, (await demo.Office.PutAsJsonAsync($"/api/v1/rounds/{id}/texts", texts)).StatusCode);
        var stale = await demo.Office.PutAsJsonAsync($"/api/v1/rounds/{id}/texts", texts with { });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var html = await demo.Office.GetStringAsync($"/api/v1/rounds/{id}/bulletin.html");
        Assert.Contains("<p>成立整改工作领导小组，主要负责同志任组长。</p>", html);
        Assert.DoesNotContain("三、组织情况", html);
        Assert.Contains("<p>持续巩固整改成果。</p>", html);
        Assert.Contains("如有意见建议，请及时向我们反映。联系电话：0825-2222222", html);
    }

    [Fact]
    public async Task An_unknown_round_is_not_found_in_chinese()
    {
        var response = await demo.Office.GetAsync($"/api/v1/rounds/{Guid.NewGuid()}/bulletin.docx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("未找到该轮次", await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> RoundIdAsync(string titlePart) =>
        (await demo.Office.GetFromJsonAsync<JsonElement>("/api/v1/rounds")).EnumerateArray()
        .Single(r => r.GetProperty("title").GetString()!.Contains(titlePart)).GetProperty("id").GetGuid();

    /// <summary>Each section as "depth:title" and each problem as "depth:title=measures", in order.</summary>
    private static List<string> Outline(JsonElement sections, JsonElement problems, int depth) =>
        sections.EnumerateArray().SelectMany(s => new[] { $"{depth}:{Plain(s.GetProperty("title").GetString())}" }
                .Concat(Outline(s.GetProperty("sections"), s.GetProperty("problems"), depth + 1)))
            .Concat(problems.EnumerateArray().Select(p =>
                $"{depth}:{Plain(p.GetProperty("title").GetString())}={p.GetProperty("measures").GetArrayLength()}"))
            .ToList();

    private static List<string> Outline(ParsedReport report) => Outline(report.Sections, 0);

    private static List<string> Outline(IReadOnlyList<ParsedSection> sections, int depth) =>
        sections.SelectMany(s => new[] { $"{depth}:{Plain(s.Title)}" }.Concat(Outline(s.Sections, depth + 1))
            .Concat(s.Problems.Select(p => $"{depth + 1}:{Plain(p.Title)}={p.Measures.Count}"))).ToList();

    /// <summary>Titles compared without punctuation and width: the bulletin writes Chinese punctuation.</summary>
    private static string Plain(string? text) =>
        new(BulletinText.Line(text).Replace("其", "").Where(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c)).ToArray());
}
