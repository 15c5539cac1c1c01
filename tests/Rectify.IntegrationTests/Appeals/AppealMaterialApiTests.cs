using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>
/// 补充材料 over the API: another system posts an appeal, then its files; each file is checked as at intake, one bad file
/// stores none, the enterprise's material is capped per appeal, a closed appeal takes no more, and every file is audited.
/// </summary>
public class AppealMaterialApiTests(World world) : IClassFixture<World>
{
    public static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    [Fact]
    public async Task Files_posted_after_the_appeal_are_checked_stored_listed_and_audited()
    {
        var office = await world.As("office");
        var id = await AppealSteps.InStateAsync(world, "Submitted");

        var added = await office.PostAsync($"/api/v1/appeals/{id}/attachments", Files(("企业营业执照.pdf", Ledger.Pdf), ("欠款确认函.pdf", Ledger.Pdf)));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var ids = (await added.Content.ReadFromJsonAsync<List<Guid>>())!;
        Assert.Equal(2, ids.Count);

        var details = await Ledger.GetJson(office, $"/api/v1/appeals/{id}");
        var names = details.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()).ToList();
        Assert.Contains("企业营业执照.pdf", names);
        Assert.Contains("欠款确认函.pdf", names);
        var download = await office.GetAsync($"/api/v1/appeals/attachments/{ids[0]}");
        Assert.Equal(Ledger.Pdf, await download.Content.ReadAsByteArrayAsync());

        // One file that is HTML dressed as a PDF refuses the whole batch: the good one beside it is not stored either.
        var html = "%PDF-1.4\n<html><script>alert(1)</script></html>"u8.ToArray();
        var refused = await office.PostAsync($"/api/v1/appeals/{id}/attachments", Files(("合同.pdf", Ledger.Pdf), ("说明.pdf", html)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("说明.pdf：", problem.GetProperty("title").GetString());
        var after = await Ledger.GetJson(office, $"/api/v1/appeals/{id}");
        Assert.Equal(2, after.GetProperty("attachments").GetArrayLength());

        // A form without a file is told what is missing.
        var nothing = await office.PostAsync($"/api/v1/appeals/{id}/attachments", new MultipartFormDataContent { { new StringContent("补充"), "note" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nothing.StatusCode);
        Assert.Contains("请选择要补充的材料文件", await nothing.Content.ReadAsStringAsync());

        var audit = await Ledger.GetJson(await world.As("auditor"), "/api/v1/audit?entity=AppealAttachment&pageSize=100");
        Assert.Contains("企业营业执照.pdf", audit.GetRawText());
    }

    [Fact]
    public async Task The_enterprises_material_is_capped_per_appeal_and_a_closed_appeal_takes_no_more()
    {
        var office = await world.As("office");
        var id = await AppealSteps.InStateAsync(world, "Submitted");
        var ten = Enumerable.Range(1, 10).Select(i => ($"材料{i}.pdf", Ledger.Pdf)).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"/api/v1/appeals/{id}/attachments", Files(ten))).StatusCode);
        var full = await office.PostAsync($"/api/v1/appeals/{id}/attachments", Files(("材料11.pdf", Ledger.Pdf)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, full.StatusCode);
        Assert.Contains("最多10个，已有10个", await full.Content.ReadAsStringAsync());

        var declined = await AppealSteps.InStateAsync(world, "Submitted");
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{declined}/accept", new { accept = false, reason = "属于司法诉讼事项，不予受理" }));
        var late = await office.PostAsync($"/api/v1/appeals/{declined}/attachments", Files(("补充.pdf", Ledger.Pdf)));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("不能再补充材料", await late.Content.ReadAsStringAsync());
    }
}
