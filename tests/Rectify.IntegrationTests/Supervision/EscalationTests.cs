using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Supervision;

/// <summary>
/// 催办, 约谈 and 移交纪委 recorded by the office about its units' warned measures; each measure's history shows them;
/// inspectors see referrals, unit staff the urgings about their own measures; units with overdue items are proposed.
/// </summary>
public class EscalationTests(World world) : IClassFixture<World>
{
    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task The_page_finds_the_unit_by_name_and_offers_the_form_only_for_a_unit_of_the_office()
    {
        var page = await PageSession.SignInAsync(world, "office");
        var (_, blank) = await page.GetAsync("/Supervision/Escalations");
        // A searching picker, not the scope's units as options (a province office has 2,000).
        Assert.Contains("data-unit-picker", blank);
        Assert.DoesNotContain($"value=\"{world.Planning.Id}\"", blank);
        Assert.DoesNotContain("data-testid=\"new-escalation\"", blank);

        var (_, chosen) = await page.GetAsync($"/Supervision/Escalations?unitId={world.Planning.Id}");
        Assert.Contains($"name=\"unitId\" value=\"{world.Planning.Id}\"", chosen);
        Assert.Contains("data-testid=\"new-escalation\"", chosen);

        var (_, foreign) = await page.GetAsync($"/Supervision/Escalations?unitId={world.Service.Id}");
        Assert.DoesNotContain("data-testid=\"new-escalation\"", foreign);
        Assert.DoesNotContain(world.Service.Id.ToString(), foreign);
    }

    [Fact]
    public async Task The_office_urges_talks_and_refers_and_each_role_sees_what_is_theirs()
    {
        var built = await Ledger.CreateRoundAsync(world, "督办测试轮次");
        var office = await world.As("office");

        var missing = await office.PostAsJsonAsync("/api/v1/escalations", new { kind = "Urging", unitId = world.Planning.Id, reason = "请加快进度" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("催办请至少选择一项整改措施", await missing.Content.ReadAsStringAsync());

        var urging = await office.PostAsJsonAsync("/api/v1/escalations", new
        {
            kind = "Urging", unitId = world.Planning.Id, reason = "该措施已滞后于序时进度,请于3个工作日内报送整改进展", measureIds = new[] { built.MeasureId },
        });
        Assert.Equal(HttpStatusCode.Created, urging.StatusCode);
        var talk = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/escalations", new
        {
            kind = "Talk", unitId = world.Planning.Id, subject = "规划科科长", reason = "整改措施多项滞后", on = "2024-04-20",
            measureIds = new[] { built.MeasureId },
        }));
        (await office.PostAsJsonAsync("/api/v1/escalations", new
        {
            kind = "Referral", unitId = world.Planning.Id, subject = "市纪委监委", reason = "整改敷衍应付,问题线索移交",
        })).EnsureSuccessStatusCode();

        var noSubject = await office.PostAsJsonAsync("/api/v1/escalations", new { kind = "Talk", unitId = world.Planning.Id, reason = "x" });
        Assert.Contains("请填写约谈对象或移交机关", await noSubject.Content.ReadAsStringAsync());
        var otherUnit = await office.PostAsJsonAsync("/api/v1/escalations", new { kind = "Referral", unitId = world.Service.Id, subject = "纪委", reason = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherUnit.StatusCode);

        var outcome = await office.PutAsJsonAsync($"/api/v1/escalations/{talk}/outcome", new { outcome = "科长表态一周内完成", version = 0 });
        Assert.Equal(HttpStatusCode.NoContent, outcome.StatusCode);
        var stale = await office.PutAsJsonAsync($"/api/v1/escalations/{talk}/outcome", new { outcome = "改", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var all = Items(await Ledger.GetJson(office, "/api/v1/escalations?pageSize=100"));
        Assert.Contains(all, e => e.GetProperty("kind").GetString() == "Talk" && e.GetProperty("outcome").GetString() == "科长表态一周内完成");
        Assert.Equal(3, all.Count(e => e.GetProperty("unitId").GetGuid() == world.Planning.Id));

        var inspector = Items(await Ledger.GetJson(await world.As("inspector"), "/api/v1/escalations?pageSize=100"));
        Assert.NotEmpty(inspector);
        Assert.All(inspector, e => Assert.Equal("Referral", e.GetProperty("kind").GetString()));
        var staff = Items(await Ledger.GetJson(await world.As("staff"), "/api/v1/escalations?pageSize=100"));
        Assert.NotEmpty(staff);
        Assert.All(staff, e => Assert.Equal("Urging", e.GetProperty("kind").GetString()));
        Assert.Empty(Items(await Ledger.GetJson(await world.As("officeB"), "/api/v1/escalations")));
        Assert.Empty(Items(await Ledger.GetJson(await world.As("staffB"), "/api/v1/escalations")));

        foreach (var account in new[] { "staff", "leader", "inspector" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await world.As(account)).PostAsJsonAsync("/api/v1/escalations",
                new { kind = "Referral", unitId = world.Planning.Id, subject = "纪委", reason = "x" })).StatusCode);

        var measure = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal(2, measure.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("entityType").GetString() == "EscalationItem"));
    }

    [Fact]
    public async Task Units_with_overdue_measures_over_the_threshold_are_proposed_for_a_talk()
    {
        var built = await Ledger.CreateRoundAsync(world, "约谈建议测试");
        var office = await world.As("office");
        for (var i = 0; i < 3; i++)
            (await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
            {
                text = $"限期完成第{i + 1}项", kind = "Dated", responsibleUnitId = world.Credit.Id, timeLimit = "2024-04-01",
            })).EnsureSuccessStatusCode();

        var proposals = (await Ledger.GetJson(office, "/api/v1/escalations/talk-proposals?threshold=3")).EnumerateArray().ToList();

        var credit = proposals.Single(p => p.GetProperty("unitId").GetGuid() == world.Credit.Id);
        Assert.True(credit.GetProperty("overdue").GetInt32() >= 3);
        Assert.DoesNotContain(proposals, p => p.GetProperty("unitId").GetGuid() == world.Planning.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.As("staff")).GetAsync("/api/v1/escalations/talk-proposals")).StatusCode);
    }
}
