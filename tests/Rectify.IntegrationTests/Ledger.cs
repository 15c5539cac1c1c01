using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectify.IntegrationTests;

/// <summary>Builds a round through the API as the office, the way a user would.</summary>
public static class Ledger
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record Built(Guid RoundId, Guid SectionId, Guid ProblemId, Guid MeasureId, Guid CooperatingMeasureId);

    public static async Task<Built> CreateRoundAsync(World world, string title = "市委第五巡察组巡察反馈意见整改")
    {
        var office = await world.As("office");
        // Many tests build the same round in one world: each is a deliberate second round.
        var round = await Id(await office.PostAsJsonAsync("/api/v1/rounds?allowDuplicate=true", new
        {
            kind = "Patrol", title, campaignName = "七届市委第三轮巡察", inspectingBody = "市委第五巡察组",
            inspectedUnitId = world.Commission.Id, stayStart = "2023-06-05", stayEnd = "2023-09-08", feedbackDate = "2023-11-10",
        }));
        var section = await Id(await office.PostAsJsonAsync($"/api/v1/rounds/{round}/sections",
            new { levelName = "方面", title = "关于学习贯彻党中央关于优化营商环境决策部署方面" }));
        var problem = await Id(await office.PostAsJsonAsync($"/api/v1/rounds/{round}/problems",
            new { sectionId = section, label = "1.", title = "学习贯彻习近平总书记关于优化营商环境的重要论述有差距问题" }));
        var measure = await Id(await office.PostAsJsonAsync($"/api/v1/problems/{problem}/measures", new
        {
            text = "加强理论学习,提升政治素养", kind = "Dated", leadLeader = "王领导", responsibleLeader = "王领导",
            responsibleUnitId = world.Planning.Id, cooperatingUnitIds = new[] { world.Credit.Id }, responsiblePerson = "李规划",
            timeLimit = "2024-05-31",
        }));
        var cooperating = await Id(await office.PostAsJsonAsync($"/api/v1/problems/{problem}/measures", new
        {
            text = "优化营商环境,对标先进打造亮点", kind = "LongTerm", responsibleUnitId = world.Credit.Id,
            cooperatingUnitIds = new[] { world.Planning.Id },
        }));
        return new Built(round, section, problem, measure, cooperating);
    }

    public static async Task<Guid> Id(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<IdBody>())!.Id;
    }

    public static MultipartFormDataContent Progress(string text, int percent, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), "text" }, { new StringContent(percent.ToString()), "percent" } };
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "files", name);
        return form;
    }

    /// <summary>A real one-page PDF (evidence must parse as a PDF).</summary>
    public static readonly byte[] Pdf = PdfWith("");

    /// <summary>A one-page PDF with a correct cross-reference table; <paramref name="catalogExtra"/> goes into its catalog.</summary>
    public static byte[] PdfWith(string catalogExtra, params string[] moreObjects)
    {
        string[] objects =
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            .. moreObjects,
        ];
        var text = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) text.Append($"{offset:D10} 00000 n \n");
        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static async Task<JsonElement> GetJson(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private sealed record IdBody(Guid Id);
}
