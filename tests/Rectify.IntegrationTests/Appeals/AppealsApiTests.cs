using System.Net;
using System.Net.Http.Json;
using static Rectify.IntegrationTests.Appeals.AppealSteps;

namespace Rectify.IntegrationTests.Appeals;

public class AppealsApiTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_retry_with_the_same_external_id_returns_the_first_appeal_with_200_not_a_second_one()
    {
        var office = await world.As("office");
        var externalId = $"12345-{Guid.NewGuid():N}"[..20];
        var first = await office.PostAsJsonAsync("/api/v1/appeals", Input(externalId));
        var retry = await office.PostAsJsonAsync("/api/v1/appeals", Input(externalId));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var id = await IdOf(first);
        Assert.Equal(id, await IdOf(retry));
        var list = await Ledger.GetJson(office, "/api/v1/appeals?pageSize=200");
        Assert.Single(list.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Parallel_retries_of_one_external_id_create_one_appeal()
    {
        var office = await world.As("office");
        var externalId = $"par-{Guid.NewGuid():N}"[..20];
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => office.PostAsJsonAsync("/api/v1/appeals", Input(externalId))));
        var ids = await Task.WhenAll(responses.Select(IdOf));
        Assert.Single(ids.Distinct());
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_mistyped_credit_code_is_refused_with_a_chinese_problem()
    {
        var office = await world.As("office");
        var response = await office.PostAsJsonAsync("/api/v1/appeals", new
        {
            enterpriseName = "示范市华腾精密机械有限公司",
            creditCode = "91370502MA3CBQ2X1Z",
            contactName = "郑晓梅",
            contactPhone = "13905461234",
            channel = "Call",
            category = "Financing",
            title = "贴息未兑现",
            text = "申请的贷款贴息半年未兑现。",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("统一社会信用代码不正确", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_whole_loop_over_the_api_reopens_on_dissatisfied_and_closes_on_satisfied_keeping_both_rounds()
    {
        var office = await world.As("office");
        var staff = await world.As("staff");
        var id = await InStateAsync(world, "ReplyApproved");
        await Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/follow-up", new { note = "企业称首期款已到，但余款没有时间表", rating = "Dissatisfied" }));
        var reopened = await Details(office, id);
        Assert.Equal("Reopened", reopened.GetProperty("state").GetString());
        Assert.Equal("重办", reopened.GetProperty("stateLabel").GetString());

        await Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/assign", new { unitId = world.Planning.Id, tier = "General" }));
        await Ok(staff.PostAsJsonAsync($"/api/v1/appeals/{id}/reply", new { text = "区财政局已书面承诺余款96万元于5月31日前付清，已列入预算。" }));
        await Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/reply-check", new { approve = true }));
        await Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/follow-up", new { note = "企业对还款安排表示满意", rating = "Satisfied" }));

        var closed = await Details(office, id);
        Assert.Equal("已办结", closed.GetProperty("stateLabel").GetString());
        var rounds = closed.GetProperty("handlings").EnumerateArray().Select(h => (h.GetProperty("round").GetInt32(), h.GetProperty("rating").GetString())).ToList();
        Assert.Equal([(1, "不满意"), (2, "满意")], rounds);
    }

    [Fact]
    public async Task A_reply_that_only_cites_a_rule_goes_back_to_the_unit_with_the_reason_and_a_message()
    {
        var office = await world.As("office");
        var staff = await world.As("staff");
        var id = await InStateAsync(world, "Replied");
        await Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/reply-check", new { approve = false, reason = "仅引用《保障中小企业款项支付条例》，未说明何时付款" }));
        var details = await Details(staff, id);
        Assert.Equal("已交办", details.GetProperty("stateLabel").GetString());
        Assert.Contains("未说明何时付款", details.GetProperty("sendBackReason").GetString());
        var inbox = await Ledger.GetJson(staff, "/api/v1/inbox");
        Assert.Contains("答复退回重答", inbox.ToString());
    }

    [Fact]
    public async Task Leaders_read_the_contact_masked_while_the_office_and_the_handling_unit_read_it_in_full()
    {
        var id = await InStateAsync(world, "Assigned");
        Assert.Equal("13905461234", (await Details(await world.As("office"), id)).GetProperty("contactPhone").GetString());
        Assert.Equal("13905461234", (await Details(await world.As("staff"), id)).GetProperty("contactPhone").GetString());
        Assert.Equal("139****1234", (await Details(await world.As("leader"), id)).GetProperty("contactPhone").GetString());
        var list = await Ledger.GetJson(await world.As("office"), "/api/v1/appeals?pageSize=200");
        Assert.All(list.GetProperty("items").EnumerateArray(), a => Assert.Equal("139****1234", a.GetProperty("phone").GetString()));
        // The audit, which the audit admin reads and exports, keeps the contact masked too.
        var audit = await Audit.AuditAdmin.EntriesAsync(world.Factory);
        Assert.DoesNotContain(audit, e => e.Changes.Contains("13905461234"));
        Assert.Contains(audit, e => e.Changes.Contains("139****1234"));
    }

    [Fact]
    public async Task The_office_sees_a_hint_when_the_same_enterprise_has_another_open_appeal()
    {
        var first = await RecordAsync(world);
        var second = await RecordAsync(world);
        var details = await Details(await world.As("office"), second);
        Assert.Contains(details.GetProperty("similarOpen").EnumerateArray(), s => s.GetProperty("id").GetGuid() == first);
    }

    [Fact]
    public async Task A_unit_cannot_reply_to_an_appeal_assigned_to_another_unit()
    {
        var id = await InStateAsync(world, "Assigned");
        var response = await (await world.As("staff2")).PostAsJsonAsync($"/api/v1/appeals/{id}/reply", new { text = "已办理" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
