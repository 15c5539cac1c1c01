using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>The ledger's pages: numbered pages on the page, and the 下一页 cursor of the page and the API.</summary>
public class LedgerPagingTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_page_shows_page_two_s_rows_on_page_two()
    {
        var built = await Ledger.CreateRoundAsync(world, "翻页测试轮次");
        var page = await PageSession.SignInAsync(world, "office");

        var (status, first) = await page.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&pageSize=1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("加强理论学习,提升政治素养", first);
        Assert.DoesNotContain("优化营商环境,对标先进打造亮点", first);

        var (_, second) = await page.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&pageSize=1&page=2");
        Assert.Contains("优化营商环境,对标先进打造亮点", second);
        Assert.DoesNotContain("加强理论学习,提升政治素养", second);
        Assert.Contains("第 2 / 2 页", second);
        // A small view is counted exactly on both databases.
        Assert.Contains("共 2 条措施", second);
        Assert.DoesNotContain("估算", second);
        var api = await Ledger.GetJson(await world.As("office"), $"/api/v1/ledger?roundId={built.RoundId}");
        Assert.False(api.GetProperty("totalIsEstimate").GetBoolean());
    }

    [Fact]
    public async Task The_next_page_link_carries_the_cursor_and_shows_the_next_rows()
    {
        var built = await Ledger.CreateRoundAsync(world, "翻页链接测试轮次");
        var page = await PageSession.SignInAsync(world, "office");
        var (_, first) = await page.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&pageSize=1&sort=timeLimit");
        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"([^\"]*)\" data-testid=\"next-page\"").Groups[1].Value;
        Assert.Contains("after=", next);
        Assert.Contains("page=2", next);
        var (_, second) = await page.GetAsync("/Rounds/Ledger" + next);
        // By time limit: the dated measure first, the long-term one (no limit) after it.
        Assert.Contains("加强理论学习,提升政治素养", first);
        Assert.Contains("优化营商环境,对标先进打造亮点", second);
        Assert.DoesNotContain("data-testid=\"next-page\"", second);
    }
}

/// <summary>Cursors over several rounds, estimated totals: a world whose totals are estimated above 0 measures.</summary>
public class LedgerCursorTests(LedgerCursorTests.EstimatingWorld world) : IClassFixture<LedgerCursorTests.EstimatingWorld>
{
    /// <remarks>Numbered pages by time limit from the fourth row on are located from the rows per date; the first three skip rows.</remarks>
    public sealed class EstimatingWorld() : World(new Dictionary<string, string?>
    {
        ["Rectify:Ledger:EstimateAbove"] = "0",
        ["Rectify:Ledger:LocateTimeLimitPagesFrom"] = "3",
    });

    private static bool Postgres => RectifyFactory.Provider == "Postgres";

    private async Task<HttpClient> ThreeRoundsAsync()
    {
        var office = await world.As("office");
        if ((await Ledger.GetJson(office, "/api/v1/ledger?exact=true")).GetProperty("total").GetInt32() >= 9) return office;
        foreach (var title in new[] { "游标测试轮次一", "游标测试轮次二", "游标测试轮次三" })
        {
            var built = await Ledger.CreateRoundAsync(world, title);
            // Same time limit as the round's first measure: ties are broken by id.
            await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
            {
                text = "建立健全长效机制" + title, kind = "Dated", responsibleUnitId = world.Planning.Id, timeLimit = "2024-05-31",
            }));
            world.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        return office;
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("", 4)]
    [InlineData("sort=timeLimit", 1)]
    [InlineData("sort=timeLimit", 4)]
    [InlineData("sort=timeLimit&desc=true", 2)]
    // Counted, not kept: the rows per date located deep pages and sum to the total.
    [InlineData("sort=timeLimit&exact=true", 2)]
    [InlineData("sort=timeLimit&desc=true&exact=true", 3)]
    [InlineData("kind=LongTerm", 1)]
    // A kept view of the office's whole rounds: numbered pages are located from the rows kept per round.
    [InlineData("open=true", 2)]
    // 最近更新: the measures saved in one request share their instant, so ties are broken by id across pages.
    [InlineData("sort=changed", 1)]
    [InlineData("sort=changed", 4)]
    [InlineData("sort=changed&desc=true", 2)]
    public async Task Walking_by_cursor_gives_the_rows_of_the_numbered_pages(string query, int size)
    {
        var office = await ThreeRoundsAsync();
        var all = await Ledger.GetJson(office, $"/api/v1/ledger?{query}{(query.Contains("exact=true") ? "" : "&exact=true")}&pageSize=200");
        var expected = Ids(all);
        Assert.Equal(all.GetProperty("total").GetInt32(), expected.Count);
        Assert.True(expected.Count >= (query == "kind=LongTerm" ? 3 : 9));

        var (byCursor, byNumber) = await WalkAsync(office, query, size, expected.Count);
        Assert.Equal(expected, byCursor);
        Assert.Equal(expected, byNumber);
        // The last numbered page states the view's exact size, unless it says it is an estimate.
        var last = await Ledger.GetJson(office, $"/api/v1/ledger?{query}&pageSize={size}&page={(expected.Count + size - 1) / size}");
        Assert.Equal(expected.TakeLast(expected.Count - (expected.Count + size - 1) / size * size + size), Ids(last));
        if (!last.GetProperty("totalIsEstimate").GetBoolean()) Assert.Equal(expected.Count, last.GetProperty("total").GetInt32());
        if (query.StartsWith("sort=timeLimit", StringComparison.Ordinal))
        {
            var limits = all.GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("timeLimit").ValueKind == JsonValueKind.Null ? (DateOnly?)null : DateOnly.Parse(i.GetProperty("timeLimit").GetString()!)).ToList();
            var dated = limits.TakeWhile(l => l is not null).ToList();
            Assert.All(limits.Skip(dated.Count), l => Assert.Null(l));
            Assert.Equal(query.Contains("desc") ? dated.OrderDescending() : dated.Order(), dated);
        }
    }

    [Fact]
    public async Task Outline_pages_across_many_rounds_keep_the_rounds_order_whether_a_page_spans_few_rounds_or_many()
    {
        // Twenty rounds, two of them created in the same instant (ordered by id): a page of two rows spans one or two rounds
        // (ordered by their place in the batch), a page of fifty spans more than sixteen (ordered by joining the rounds).
        var office = await world.As("office");
        var created = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            created.Add((await Ledger.CreateRoundAsync(world, $"多轮分页测试轮次{i + 1:D2}")).RoundId);
            if (i != 10) world.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        office = await world.As("office");
        var all = await Ledger.GetJson(office, "/api/v1/ledger?exact=true&pageSize=200");
        var expected = Ids(all);
        var rounds = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("roundId").GetGuid()).Distinct().ToList();
        var ours = rounds.Where(created.Contains).ToList();
        var tie = created.Skip(10).Take(2).Order().ToList();
        Assert.Equal(created.Take(10).Concat(tie).Concat(created.Skip(12)), ours);

        foreach (var size in new[] { 2, 50 })
        {
            var (byCursor, byNumber) = await WalkAsync(office, "", size, expected.Count);
            Assert.Equal(expected, byCursor);
            Assert.Equal(expected, byNumber);
        }

        // A search has no kept figures: its numbered pages are located from its rows counted per round at each request, a
        // cursor's page from the cursor's round on. Both walks keep the rounds in the same order.
        var found = await Ledger.GetJson(office, "/api/v1/ledger?text=营商环境&exact=true&pageSize=200");
        var matched = Ids(found);
        Assert.Equal(found.GetProperty("total").GetInt32(), matched.Count);
        Assert.Equal(ours, found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("roundId").GetGuid()).Distinct().Where(created.Contains));
        foreach (var size in new[] { 1, 3, 50 })
        {
            var (byCursor, byNumber) = await WalkAsync(office, "text=营商环境", size, matched.Count);
            Assert.Equal(matched, byCursor);
            Assert.Equal(matched, byNumber);
            // This world estimates every view not kept on PostgreSQL; exact=true counts it, and its first page is the walk's.
            Assert.Equal(Postgres, (await Ledger.GetJson(office, $"/api/v1/ledger?text=营商环境&pageSize={size}")).GetProperty("totalIsEstimate").GetBoolean());
            var counted = await Ledger.GetJson(office, $"/api/v1/ledger?text=营商环境&pageSize={size}&exact=true");
            Assert.Equal(matched.Count, counted.GetProperty("total").GetInt32());
            Assert.False(counted.GetProperty("totalIsEstimate").GetBoolean());
            Assert.Equal(matched.Take(size), Ids(counted));
        }
    }

    /// <summary>Every page of the view, once by following each page's cursor and once by page number, until the last.</summary>
    private static async Task<(List<Guid> ByCursor, List<Guid> ByNumber)> WalkAsync(HttpClient office, string query, int size, int rows)
    {
        var byCursor = new List<Guid>();
        var byNumber = new List<Guid>();
        string? after = null;
        for (var number = 1; number <= rows / size + 1; number++)
        {
            var page = await Ledger.GetJson(office, $"/api/v1/ledger?{query}&pageSize={size}" + (after is null ? "" : "&after=" + after));
            byCursor.AddRange(Ids(page));
            byNumber.AddRange(Ids(await Ledger.GetJson(office, $"/api/v1/ledger?{query}&pageSize={size}&page={number}")));
            after = page.GetProperty("next").GetString();
            if (after is null) break;
            Assert.Matches("^[A-Za-z0-9_-]+$", after);
        }
        Assert.Null(after);
        return (byCursor, byNumber);
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_or_of_another_order_is_refused()
    {
        var office = await ThreeRoundsAsync();
        var bad = await office.GetAsync("/api/v1/ledger?after=not-a-cursor");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("翻页位置无效", await bad.Content.ReadAsStringAsync());

        var outline = (await Ledger.GetJson(office, "/api/v1/ledger?pageSize=1")).GetProperty("next").GetString();
        var other = await office.GetAsync($"/api/v1/ledger?sort=timeLimit&after={outline}");
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("排序方式不符", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Above_the_threshold_PostgreSQL_estimates_a_view_not_kept_and_exact_true_counts_while_kept_views_and_the_page_are_exact()
    {
        var office = await ThreeRoundsAsync();
        var exact = await Ledger.GetJson(office, "/api/v1/ledger?exact=true&pageSize=200");
        Assert.False(exact.GetProperty("totalIsEstimate").GetBoolean());
        Assert.Equal(Ids(exact).Count, exact.GetProperty("total").GetInt32());

        // A view whose rows are not kept per round (a kind) is estimated on PostgreSQL.
        var dated = await Ledger.GetJson(office, "/api/v1/ledger?kind=Dated&exact=true&pageSize=200");
        var estimated = await Ledger.GetJson(office, "/api/v1/ledger?kind=Dated");
        Assert.Equal(Postgres, estimated.GetProperty("totalIsEstimate").GetBoolean());
        if (!Postgres) Assert.Equal(dated.GetProperty("total").GetInt32(), estimated.GetProperty("total").GetInt32());

        // One round's view is counted, never estimated: its measures are few and read from the round's index.
        var roundId = exact.GetProperty("items")[0].GetProperty("roundId").GetGuid();
        var roundDated = Ids(dated).Count(id => exact.GetProperty("items").EnumerateArray()
            .Any(i => i.GetProperty("measureId").GetGuid() == id && i.GetProperty("roundId").GetGuid() == roundId));
        var oneRound = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={roundId}&kind=Dated&pageSize=1");
        Assert.False(oneRound.GetProperty("totalIsEstimate").GetBoolean());
        Assert.Equal(roundDated, oneRound.GetProperty("total").GetInt32());
        Assert.True(roundDated > 0);

        // The office's whole rounds, unfiltered or in a kept view, take their exact total from the kept figures.
        foreach (var view in new[] { "", "open=true" })
        {
            var kept = await Ledger.GetJson(office, $"/api/v1/ledger?{view}");
            Assert.False(kept.GetProperty("totalIsEstimate").GetBoolean());
            Assert.Equal((await Ledger.GetJson(office, $"/api/v1/ledger?{view}&exact=true")).GetProperty("total").GetInt32(),
                kept.GetProperty("total").GetInt32());
        }

        // The page states the exact count whatever the provider: its summary counts the same view (kept figures where it can).
        var page = await PageSession.SignInAsync(world, "office");
        var (_, html) = await page.GetAsync("/Rounds/Ledger?sort=timeLimit");
        Assert.Contains($"共 {exact.GetProperty("total").GetInt32()} 条措施", html);
        Assert.DoesNotContain("估算", html);
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("measureId").GetGuid()).ToList();
}
