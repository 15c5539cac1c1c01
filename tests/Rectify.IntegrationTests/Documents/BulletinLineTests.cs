using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace Rectify.IntegrationTests.Documents;

/// <summary>
/// A mark that falls at a line's end in the bulletin's PDF: it stays on the page, in full, within the 28 characters.
/// A world of its own, since it rewrites the opening other bulletin tests read.
/// </summary>
public class BulletinLineTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task A_comma_or_closing_quote_at_a_lines_end_is_printed_within_the_margin_and_never_lost()
    {
        var id = (await demo.Office.GetFromJsonAsync<JsonElement>("/api/v1/rounds")).EnumerateArray()
            .First(r => r.GetProperty("title").GetString()!.Contains("东营")).GetProperty("id").GetGuid();
        // Each paragraph's first line holds 26 characters after its indent; the mark comes 27th.
        string[] opening =
        [
            new string('测', 26) + "，带头树牢“四个意识”，坚定“四个自信”。",
            new string('测', 20) + "“四个意识”，坚决做到“两个维护”。",
            new string('测', 26) + "。",
            new string('测', 25) + "（一）、整改。",
        ];
        var put = await demo.Office.PutAsJsonAsync($"/api/v1/rounds/{id}/bulletin/paragraphs/opening",
            new { version = 0, text = string.Join('\n', opening) });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var docx = await demo.Office.GetByteArrayAsync($"/api/v1/rounds/{id}/bulletin.docx?date=2024-04-18");
        using var pdf = PdfDocument.Open(await demo.Office.GetByteArrayAsync($"/api/v1/rounds/{id}/bulletin.pdf?date=2024-04-18"));

        // Every paragraph of the Word file is in the PDF, character for character.
        var printed = string.Concat(pdf.GetPages().SelectMany(page => page.Letters
            .Where(l => l.StartBaseLine.Y > 80 && !char.IsWhiteSpace(l.Value, 0))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))));
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => Regex.Replace(p.InnerText, @"\s", "")).Where(t => t.Length > 0).ToList();
        Assert.Contains(paragraphs, p => p.StartsWith(new string('测', 20) + "“", StringComparison.Ordinal));
        Assert.All(paragraphs, p => Assert.Contains(p, printed, StringComparison.Ordinal));

        // No line reaches past the right margin, and none holds more than 28 characters of 16 pt.
        const double right = 595.3 - 26 / 25.4 * 72;
        foreach (var page in pdf.GetPages())
        {
            var lines = page.Letters.Where(l => l.StartBaseLine.Y > 80 && !char.IsWhiteSpace(l.Value, 0) && l.PointSize > 15)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y));
            Assert.All(lines, line =>
            {
                Assert.True(line.Max(l => l.BoundingBox.Right) <= right + 0.5,
                    $"第{page.Number}页一行超出版心：{string.Concat(line.Select(l => l.Value))}");
                if (line.All(l => l.Value[0] > 0x2000))
                    Assert.True(line.Count() <= 28, $"第{page.Number}页一行{line.Count()}个字：{string.Concat(line.Select(l => l.Value))}");
            });
        }
    }
}
