using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Appeals;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>
/// Files with an appeal: on the public form (small caps), on the clerk's form and with the unit's reply; checked as the
/// ledger's evidence is; downloaded only by those who read the appeal; the enterprise sees the names of its own only.
/// </summary>
public class AppealAttachmentTests(PublicAppealTests.PublicWorld world) : IClassFixture<PublicAppealTests.PublicWorld>
{
    [Fact]
    public async Task An_enterprise_attaches_its_contract_the_unit_replies_with_a_photo_and_each_reader_gets_what_is_theirs()
    {
        var visitor = PageSession.Anonymous(world);
        await visitor.GetAsync("/appeal");
        var submitted = await PostPublicAsync(visitor, "工程款拖欠附合同", ("施工合同.pdf", Ledger.Pdf));
        var code = PublicAppealTests.CodeIn(submitted);
        Assert.NotEmpty(code);

        var office = await world.As("office");
        var id = (await Ledger.GetJson(office, "/api/v1/appeals?search=工程款拖欠附合同")).GetProperty("items")[0].GetProperty("id").GetGuid();
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/accept", new { accept = true }));
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/assign", new { unitId = world.Planning.Id, tier = "General" }));

        var staffPage = await PageSession.SignInAsync(world, "staff");
        await staffPage.GetAsync($"/Appeals/Details/{id}");
        var reply = await staffPage.PostMultipartAsync($"/Appeals/Details/{id}?handler=Reply", new MultipartFormDataContent
        {
            { new StringContent("已督促区住建局结算，首期款已支付，付款凭证见附件。"), "text" },
            { new ByteArrayContent(Ledger.Png), "files", "付款凭证.png" },
        });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        var details = await AppealSteps.Details(office, id);
        var files = details.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(["诉求材料:施工合同.pdf", "答复材料:付款凭证.png"],
            files.Select(f => $"{f.GetProperty("purposeLabel").GetString()}:{f.GetProperty("fileName").GetString()}"));
        var contract = files[0].GetProperty("id").GetGuid();

        var download = await office.GetAsync($"/api/v1/appeals/attachments/{contract}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Ledger.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await (await world.As("staff")).GetAsync($"/api/v1/appeals/attachments/{contract}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await world.As("leader")).GetAsync($"/api/v1/appeals/attachments/{contract}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.As("staffB")).GetAsync($"/api/v1/appeals/attachments/{contract}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.As("officeB")).GetAsync($"/api/v1/appeals/attachments/{contract}")).StatusCode);

        var (_, page) = await staffPage.GetAsync($"/Appeals/Details/{id}");
        Assert.Contains("施工合同.pdf", page);
        var byPage = await staffPage.GetRawAsync($"/Appeals/Details/{id}?handler=Attachment&attachmentId={files[1].GetProperty("id").GetGuid()}");
        Assert.Equal(Ledger.Png, await byPage.Content.ReadAsByteArrayAsync());

        // The enterprise reads the names of what it gave; the unit's files are internal until the office decides otherwise.
        await visitor.GetAsync("/appeal/track");
        var tracked = await visitor.PostForPageAsync("/appeal/track", new() { ["Code"] = code });
        Assert.Contains("施工合同.pdf", tracked);
        Assert.DoesNotContain("付款凭证.png", tracked);
    }

    [Fact]
    public async Task The_public_form_takes_at_most_three_files_and_refuses_a_disguised_one_saving_nothing()
    {
        var visitor = PageSession.Anonymous(world);
        await visitor.GetAsync("/appeal");
        var four = await PostPublicAsync(visitor, "四个附件的诉求",
            ("1.pdf", Ledger.Pdf), ("2.pdf", Ledger.Pdf), ("3.pdf", Ledger.Pdf), ("4.pdf", Ledger.Pdf));
        Assert.Contains("一次最多上传3个附件", four);
        Assert.Empty(PublicAppealTests.CodeIn(four));

        await visitor.GetAsync("/appeal");
        var disguised = await PostPublicAsync(visitor, "伪装附件的诉求", ("营业执照.pdf", "<html><script>alert(1)</script></html>"u8.ToArray()));
        Assert.Contains("营业执照.pdf：只能上传 PDF、OFD、DOCX、XLSX、JPG、PNG 格式的文件", disguised);
        Assert.Contains("伪装附件的诉求", disguised); // what was typed stays

        var saved = await InDb(world, db => db.Set<Appeal>().CountAsync(a => a.Title == "四个附件的诉求" || a.Title == "伪装附件的诉求"));
        Assert.Equal(0, saved);
    }

    [Fact]
    public async Task A_clerk_records_a_visit_with_the_enterprises_scan()
    {
        var clerk = await PageSession.SignInAsync(world, "office");
        await clerk.GetAsync("/Appeals/New");
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["EnterpriseName"] = "示范市北辰物流有限公司", ["CreditCode"] = "", ["ContactName"] = "马立新", ["ContactPhone"] = "13705469876",
            ["Channel"] = "Visit", ["Category"] = "FactorSupply", ["Title"] = "冷链仓库用地指标未落实（附协议）",
            ["Text"] = "企业来访反映冷链仓库项目已签约两年，用地指标仍未落实，携带投资协议复印件。",
        }) form.Add(new StringContent(value), name);
        form.Add(new ByteArrayContent(Ledger.Pdf), "files", "投资协议.pdf");
        var response = await clerk.PostMultipartAsync("/Appeals/New", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await clerk.GetAsync(response.Headers.Location!.ToString());
        Assert.Contains("投资协议.pdf", page);
        Assert.Contains("诉求材料", page);
        Assert.Contains("张整改", page);
    }

    private static async Task<string> PostPublicAsync(PageSession visitor, string title, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in PublicAppealTests.Form(title)) form.Add(new StringContent(value), name);
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "files", name);
        var response = await visitor.PostMultipartAsync("/appeal", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
