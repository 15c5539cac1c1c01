using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Appeals;
using Rectify.Features.Rounds.Progress;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>Puts an appeal into a state over the API, as the office (市发展改革委) and the staff of 规划科 would.</summary>
public static class AppealSteps
{
    public static object Input(string? externalId = null, string enterprise = "示范市华腾精密机械有限公司") => new
    {
        enterpriseName = enterprise,
        creditCode = "91370502MA3CBQ2X1Y",
        contactName = "郑晓梅",
        contactPhone = "13905461234",
        channel = "Hotline12345",
        category = "OverduePayments",
        title = "区政府工程款逾期一年未支付",
        text = "我公司2023年承接的道路改造工程已验收，尚有工程款186万元逾期未付，影响发放工资。",
        externalId,
    };

    public static async Task<Guid> RecordAsync(World w, string? externalId = null) =>
        await Ledger.Id(await (await w.As("office")).PostAsJsonAsync("/api/v1/appeals", Input(externalId)));

    public static async Task<Guid> InStateAsync(World w, string state)
    {
        if (state == "Attached") return await AttachAsync(w, await InStateAsync(w, "Assigned"));
        if (state == "Raisable")
        {
            if (!RoundsOf.ContainsKey(w)) RoundsOf[w] = (await Ledger.CreateRoundAsync(w, "市场监管领域营商环境专项督查整改")).RoundId;
            return await InStateAsync(w, "Accepted");
        }
        var id = await RecordAsync(w);
        if (state == "Submitted") return id;
        var office = await w.As("office");
        var staff = await w.As("staff");
        await Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/accept", new { accept = true }));
        if (state == "Accepted") return id;
        var tier = state == "Difficult" ? "Difficult" : "General";
        await Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/assign", new { unitId = w.Planning.Id, tier }));
        if (state is "Assigned" or "Difficult") return id;
        if (state == "TransferRequested")
        {
            await Ok(staff.PostAsJsonAsync($"/api/v1/appeals/{id}/transfer", new { toUnitId = w.Credit.Id, reason = "工程款支付由信用科牵头督促" }));
            return id;
        }
        await Ok(staff.PostAsJsonAsync($"/api/v1/appeals/{id}/reply", new { text = "已督促区财政局制定还款计划，首期90万元已于4月18日支付。" }));
        if (state == "Replied") return id;
        await Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/reply-check", new { approve = true }));
        return id;
    }

    /// <summary>A round of 市发展改革委 per world, for raising appeals into (立项督办).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<World, Guid> RoundsOf = new();

    /// <summary>The enterprise's scan, stored as the clerk's form stores it; returns the attachment's id.</summary>
    public static async Task<Guid> AttachAsync(World w, Guid appealId)
    {
        await using var scope = w.Factory.Services.CreateAsyncScope();
        var files = await scope.ServiceProvider.GetRequiredService<AppealFiles>().StoreAsync(appealId, AttachmentPurpose.Submission,
            [new UploadedFile("工程结算单.pdf", Ledger.Pdf.Length, () => new MemoryStream(Ledger.Pdf))], "张整改", fromPublic: false, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        db.AddRange(files);
        await db.SaveChangesAsync();
        return files.Single().Id;
    }

    /// <summary>The id in a 201 or, for a retry, a 200.</summary>
    public static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonElement> Details(HttpClient client, Guid id) => await Ledger.GetJson(client, $"/api/v1/appeals/{id}");
}
