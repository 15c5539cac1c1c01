using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using UglyToad.PdfPig;

namespace Rectify.IntegrationTests.Documents;

/// <summary>The bulletin an office can sign: no figure twice, paragraphs it rewrote, issues frozen, a PDF set by the standard.</summary>
public class BulletinIssueTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task Figures_the_report_once_stated_are_left_out_and_listed_before_download()
    {
        var id = await RoundIdAsync("东营");

        var html = await demo.Office.GetStringAsync($"/api/v1/rounds/{id}/bulletin.html?date=2024-04-18");
        var checks = await demo.Office.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{id}/bulletin/checks?date=2024-04-18");

        Assert.DoesNotContain("已有13个问题、33项措施完成整改", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "完成整改，"));
        Assert.DoesNotContain("佐证材料", html);
        Assert.DoesNotContain("目前正在推进，已完成", html);
        Assert.Contains(checks.EnumerateArray(), c => c.GetProperty("message").GetString()!.Contains("已有13个问题、33项措施完成整改"));
    }

    [Fact]
    public async Task An_issued_bulletin_is_kept_as_issued_and_downloads_byte_for_byte_later()
    {
        var id = await RoundIdAsync("东营");
        var opening = await demo.Office.PutAsJsonAsync($"/api/v1/rounds/{id}/bulletin/paragraphs/opening",
            new { version = 0, text = "根据市委巡察工作统一部署，市委巡察组对我单位开展了巡察。现将整改进展情况予以公布。" });
        Assert.Equal(HttpStatusCode.OK, opening.StatusCode);
        var stale = await demo.Office.PutAsJsonAsync($"/api/v1/rounds/{id}/bulletin/paragraphs/opening", new { version = 7, text = "另一稿。" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var first = await demo.Office.PostAsJsonAsync($"/api/v1/rounds/{id}/bulletins", new { date = "2024-04-18" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var issued = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, issued.GetProperty("number").GetInt32());
        var docx = await demo.Office.GetByteArrayAsync($"/api/v1/rounds/{id}/bulletins/1.docx");
        var html = await demo.Office.GetStringAsync($"/api/v1/rounds/{id}/bulletins/1.html");
        Assert.Contains("现将整改进展情况予以公布。", html);

        // The office rewrites the opening again and issues 第2期: 第1期 stays what it was.
        var version = (await opening.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var rewrite = await demo.Office.PutAsJsonAsync($"/api/v1/rounds/{id}/bulletin/paragraphs/opening", new { version, text = "第二稿开头。" });
        Assert.True(rewrite.IsSuccessStatusCode, await rewrite.Content.ReadAsStringAsync());
        var response = await demo.Office.PostAsJsonAsync($"/api/v1/rounds/{id}/bulletins", new { date = "2024-04-16" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var second = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, second.GetProperty("number").GetInt32());

        var list = await demo.Office.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{id}/bulletins");
        var one = list.EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == 1);
        Assert.Equal("2024-04-18", one.GetProperty("date").GetString());
        var sha = one.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("format").GetString() == "docx").GetProperty("sha256").GetString();
        var again = await demo.Office.GetByteArrayAsync($"/api/v1/rounds/{id}/bulletins/1.docx");
        Assert.Equal(docx, again);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(again)), sha);
        Assert.DoesNotContain("第二稿开头", await demo.Office.GetStringAsync($"/api/v1/rounds/{id}/bulletins/1.html"));
        var leader = await demo.SignInAsync("leader");
        Assert.Equal(again, await leader.GetByteArrayAsync($"/api/v1/rounds/{id}/bulletins/1.docx"));
    }

    [Fact]
    public async Task The_pdf_uses_only_the_mapped_fonts_with_28_characters_a_line_22_lines_a_page_and_the_date_four_characters_in()
    {
        var id = await RoundIdAsync("东营");
        using var pdf = PdfDocument.Open(await demo.Office.GetByteArrayAsync($"/api/v1/rounds/{id}/bulletin.pdf?date=2024-04-18"));
        string[] mapped = ["BousungEG-Light-GB", "GBZenKai-Medium", "NotoSansCJK", "NotoSerifCJK"];

        foreach (var page in pdf.GetPages())
        {
            var fonts = page.Letters.Where(l => !char.IsWhiteSpace(l.Value, 0)).Select(l => (l.FontName ?? "").Split('+').Last()).Distinct().ToList();
            Assert.All(fonts, f => Assert.Contains(mapped, m => f.StartsWith(m, StringComparison.Ordinal)));
        }

        const double left = 28 / 25.4 * 72, right = 595.3 - 26 / 25.4 * 72, character = 15.75;
        var body = pdf.GetPage(2).Letters.Where(l => !char.IsWhiteSpace(l.Value, 0) && l.StartBaseLine.Y > 80)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).ToList();
        Assert.Equal(22, body.Count);
        var full = body.Where(g => g.Min(l => l.BoundingBox.Left) < left + 3 && g.Max(l => l.BoundingBox.Right) > right - character
            && g.All(l => l.Value[0] > 0x2000)).ToList();
        Assert.NotEmpty(full);
        // A line is 28 characters, or 26 or 27 where a mark that may not start a line took the character before it along.
        Assert.All(full, line => Assert.InRange(line.Count(), 26, 28));
        Assert.True(full.Count(line => line.Count() == 28) * 4 >= full.Count * 3, string.Join('\n', full.Select(line => line.Count())));

        var last = pdf.GetPage(pdf.NumberOfPages);
        var date = last.Letters.Where(l => l.StartBaseLine.Y > 80).GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderBy(g => g.Key).First();
        Assert.Equal("2024年4月18日", string.Concat(date.Select(l => l.Value)));
        Assert.InRange(right - date.Max(l => l.EndBaseLine.X), 4 * character - 6, 4 * character + 6);

        var quotes = pdf.GetPages().SelectMany(p => p.Letters).Where(l => l.Value is "“" or "”").ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.InRange(q.Width, character - 2, character + 2));
    }

    private async Task<Guid> RoundIdAsync(string titlePart) =>
        (await demo.Office.GetFromJsonAsync<JsonElement>("/api/v1/rounds")).EnumerateArray()
        .First(r => r.GetProperty("title").GetString()!.Contains(titlePart)).GetProperty("id").GetGuid();
}
