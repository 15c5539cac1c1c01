using System.Net;
using System.Net.Http.Json;

namespace Rectify.IntegrationTests;

/// <summary>Walks every ledger endpoint with every role and asserts the exact outcome: no unexpected 200, no unexpected 403.</summary>
public class AuthorizationMatrixTests(World world) : IClassFixture<World>
{
    private const int Ok = 200, Created = 201, NoContent = 204, Unauthorized = 401, Forbidden = 403, NotFound = 404, Invalid = 422;

    public sealed record Setup(Ledger.Built Built, Guid EmptySectionId, Guid EmptyProblemId, Guid EvidenceId, int MeasureVersion, Guid MappingId, string JobUrl,
        Guid DispatchId)
    {
        /// <summary>Ids a row's own preparation made (a look-back, a talk, a message), read by its address.</summary>
        public Dictionary<string, Guid> Made { get; } = [];

        public Dictionary<string, int> Versions { get; } = [];

        public Guid MadeId(string name) => Made.GetValueOrDefault(name);
    }

    public sealed record Row(string Name, string Method, Func<Setup, string> Url, Func<Setup, HttpContent?> Body,
        Dictionary<string, int> Expected, Func<World, Setup, Task>? Prepare = null)
    {
        public override string ToString() => Name;
    }

    private static Dictionary<string, int> Reads(int scoped, int outOfScope, int staffB) => new()
    {
        ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["officeB"] = outOfScope, ["staffB"] = staffB,
        ["office"] = scoped, ["staff"] = scoped, ["staff2"] = scoped, ["leader"] = scoped, ["inspector"] = scoped,
    };

    /// <summary>Everyone signed in has an inbox of his own.</summary>
    private static Dictionary<string, int> Everyone(int success) =>
        World.Accounts.ToDictionary(a => a, _ => success).Append(new("anonymous", Unauthorized)).ToDictionary();

    /// <summary>A bulletin covers the whole round: the office, leaders and inspectors, not unit staff.</summary>
    private static Dictionary<string, int> WholeRound(int success) => new()
    {
        ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden,
        ["officeB"] = NotFound, ["office"] = success, ["leader"] = success, ["inspector"] = success,
    };

    /// <summary>The dashboard: the office, leaders and inspectors, each in his own scope (another scope reads as zero); not unit staff.</summary>
    private static Dictionary<string, int> Overseers(int success) => new()
    {
        ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden,
        ["officeB"] = success, ["office"] = success, ["leader"] = success, ["inspector"] = success,
    };

    private static Dictionary<string, int> OfficeWrite(int success, int officeB = NotFound) => new()
    {
        ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden,
        ["leader"] = Forbidden, ["inspector"] = Forbidden, ["officeB"] = officeB, ["office"] = success,
    };

    private static Dictionary<string, int> UnitWrite(int staff, int staff2) => new()
    {
        ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["office"] = Forbidden, ["officeB"] = Forbidden, ["leader"] = Forbidden,
        ["inspector"] = Forbidden, ["staffB"] = NotFound, ["staff"] = staff, ["staff2"] = staff2,
    };

    /// <summary>The audit: the 安全审计员 alone (Audit/AuditPageTests proves what he reads); every other role is refused.</summary>
    private static Dictionary<string, int> AuditAdminOnly() =>
        World.Accounts.ToDictionary(a => a, a => a == "auditor" ? Ok : Forbidden).Append(new("anonymous", Unauthorized)).ToDictionary();

    private static HttpContent Json(object body) => JsonContent.Create(body);

    private static readonly Dictionary<string, string> MappingColumns = new() { ["具体问题"] = "A", ["整改措施"] = "B" };

    private static readonly string Mapping = System.Text.Json.JsonSerializer.Serialize(new { headerRow = 1, columns = MappingColumns });

    private static MeasureBody Measure(World w, Setup s) => new("按期完成", "Dated", w.Planning.Id, "2024-06-30", s.MeasureVersion);

    private sealed record MeasureBody(string Text, string Kind, Guid ResponsibleUnitId, string TimeLimit, int Version);

    public static TheoryData<string> Endpoints() => new(Rows(null!).Select(r => r.Name));

    /// <summary>Each row's method and address with placeholder ids, for <see cref="EndpointCoverageTests"/>.</summary>
    public static IEnumerable<(string Method, string Path)> Walked()
    {
        var setup = new Setup(new Ledger.Built(Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty), Guid.Empty, Guid.Empty, Guid.Empty, 0,
            Guid.Empty, $"/api/v1/sheet-imports/{Guid.Empty}", Guid.Empty);
        return Rows(null!).Select(r => (r.Method, r.Url(setup)));
    }

    private static IEnumerable<Row> Rows(World w) =>
    [
        new("list rounds", "GET", _ => "/api/v1/rounds", _ => null, Reads(Ok, Ok, Ok)),
        new("read round", "GET", s => $"/api/v1/rounds/{s.Built.RoundId}", _ => null, Reads(Ok, NotFound, NotFound)),
        new("read tree", "GET", s => $"/api/v1/rounds/{s.Built.RoundId}/tree", _ => null, Reads(Ok, NotFound, NotFound)),
        new("bulletin as docx", "GET", s => $"/api/v1/rounds/{s.Built.RoundId}/bulletin.docx", _ => null, WholeRound(Ok)),
        new("bulletin as html", "GET", s => $"/api/v1/rounds/{s.Built.RoundId}/bulletin.html?date=2024-05-06", _ => null, WholeRound(Ok)),
        new("bulletin checks", "GET", s => $"/api/v1/rounds/{s.Built.RoundId}/bulletin/checks?date=2024-05-06", _ => null, WholeRound(Ok)),
        new("rewrite bulletin paragraph", "PUT", s => $"/api/v1/rounds/{s.Built.RoundId}/bulletin/paragraphs/opening",
            _ => Json(new { version = 0, text = "现将巡察整改进展情况予以公布。" }), OfficeWrite(Ok)),
        new("issue bulletin", "POST", s => $"/api/v1/rounds/{s.Built.RoundId}/bulletins", _ => Json(new { }), OfficeWrite(Created)),
        new("list issued bulletins", "GET", s => $"/api/v1/rounds/{s.Built.RoundId}/bulletins", _ => null, WholeRound(Ok)),
        new("download issued bulletin", "GET", s => $"/api/v1/rounds/{s.Built.RoundId}/bulletins/1.html", _ => null, WholeRound(Ok),
            async (w, s) => (await (await w.As("office")).PostAsJsonAsync($"/api/v1/rounds/{s.Built.RoundId}/bulletins", new { }))
                .EnsureSuccessStatusCode()),
        new("edit bulletin texts", "PUT", s => $"/api/v1/rounds/{s.Built.RoundId}/texts", _ => Json(new { version = 0, contactText = "电话:0546-8382481" }),
            OfficeWrite(NoContent)),
        new("round history", "GET", s => $"/api/v1/rounds/{s.Built.RoundId}/history", _ => null, Reads(Ok, NotFound, NotFound)),
        new("export ledger", "GET", s => $"/api/v1/ledger/export.xlsx?roundId={s.Built.RoundId}", _ => null, Reads(Ok, Ok, Ok)),
        new("read ledger", "GET", s => $"/api/v1/ledger?roundId={s.Built.RoundId}", _ => null, Reads(Ok, Ok, Ok)),
        new("read summary", "GET", s => $"/api/v1/ledger/summary?roundId={s.Built.RoundId}", _ => null, Reads(Ok, Ok, Ok)),
        new("dashboard", "GET", s => $"/api/v1/dashboard?roundId={s.Built.RoundId}", _ => null, Overseers(Ok)),
        new("read problem", "GET", s => $"/api/v1/problems/{s.Built.ProblemId}", _ => null, Reads(Ok, NotFound, NotFound)),
        new("similar problems", "GET", s => $"/api/v1/problems/{s.Built.ProblemId}/similar", _ => null, Reads(Ok, NotFound, NotFound)),
        new("link problem", "POST", s => $"/api/v1/problems/{s.Built.ProblemId}/links", s => Json(new { linkedProblemId = s.EmptyProblemId, note = "同类" }),
            OfficeWrite(Created)),
        new("unlink problem", "DELETE", s => $"/api/v1/problems/{s.Built.ProblemId}/links/{s.EmptyProblemId}", _ => null, OfficeWrite(NoContent), LinkAsync),
        new("copy linked measures", "POST", s => $"/api/v1/problems/{s.EmptyProblemId}/copy-measures",
            s => Json(new { fromProblemId = s.Built.ProblemId, measureIds = new[] { s.Built.CooperatingMeasureId } }), OfficeWrite(Ok), LinkAsync),
        new("read measure", "GET", s => $"/api/v1/measures/{s.Built.MeasureId}", _ => null, Reads(Ok, NotFound, NotFound)),
        new("download evidence", "GET", s => $"/api/v1/evidence/{s.EvidenceId}", _ => null, Reads(Ok, NotFound, NotFound)),
        new("create round", "POST", _ => "/api/v1/rounds", _ => Json(new { kind = "Audit", title = "审计整改", inspectingBody = "市审计局", inspectedUnitId = w.Commission.Id }),
            OfficeWrite(Created, Invalid)),
        new("import round from sheet", "POST", _ => "/api/v1/rounds/import.xlsx", _ => Documents.TestSheet.Form(Documents.TestSheet.Build(
            [["具体问题", "整改措施", "方面/类别", "措施类型", "牵头领导", "责任领导", "责任单位", "配合单位", "责任人", "完成时限"], ["问题一", "建立台账", "", "立行立改"]]),
            w.Commission.Id), OfficeWrite(Created, Invalid)),
        new("import sheet into round", "POST", s => $"/api/v1/rounds/{s.Built.RoundId}/import.xlsx", _ => Documents.SheetIntoRoundTests.Form(
            Documents.TestSheet.Build([["具体问题", "整改措施"], ["问题一", "建立台账"]]), Mapping), OfficeWrite(Ok)),
        new("read import job", "GET", s => s.JobUrl, _ => null, OfficeWrite(Ok)),
        new("list sheet mappings", "GET", _ => "/api/v1/sheet-mappings", _ => null, OfficeWrite(Ok, Ok)),
        new("read sheet mapping", "GET", s => $"/api/v1/sheet-mappings/{s.MappingId}", _ => null, OfficeWrite(Ok)),
        new("create sheet mapping", "POST", _ => "/api/v1/sheet-mappings", _ => Json(new { name = $"模板{Guid.NewGuid():N}", headerRow = 1, columns = MappingColumns }),
            OfficeWrite(Created, Created)),
        new("update sheet mapping", "PUT", s => $"/api/v1/sheet-mappings/{s.MappingId}", _ => Json(new { name = $"改{Guid.NewGuid():N}", headerRow = 1, columns = MappingColumns, version = 0 }),
            OfficeWrite(NoContent)),
        new("delete sheet mapping", "DELETE", s => $"/api/v1/sheet-mappings/{s.MappingId}", _ => null, OfficeWrite(NoContent)),
        new("update round", "PUT", s => $"/api/v1/rounds/{s.Built.RoundId}", _ => Json(new
            {
                details = new { kind = "Patrol", title = "改后的标题", inspectingBody = "市委第五巡察组", inspectedUnitId = w.Commission.Id },
                version = 0,
            }), OfficeWrite(NoContent)),
        new("list look-backs", "GET", s => $"/api/v1/look-backs?roundId={s.Built.RoundId}&view=Upcoming", _ => null, Reads(Ok, Ok, Ok)),
        new("order round look-back", "POST", s => $"/api/v1/rounds/{s.Built.RoundId}/look-backs", _ => null, OfficeWrite(Ok),
            async (w, s) => (await (await w.As("office")).PostAsJsonAsync($"/api/v1/measures/{s.Built.MeasureId}/review", new { decision = "Approve" })).EnsureSuccessStatusCode()),
        new("record look-back", "POST", s => $"/api/v1/look-backs/{s.MadeId("lookBack")}/review",
            s => Json(new { result = "Held", finding = "回访检查，制度执行到位，未发现反弹", version = s.Versions.GetValueOrDefault("lookBack") }),
            OfficeWrite(NoContent), OrderLookBackAsync),
        new("record talk outcome", "PUT", s => $"/api/v1/escalations/{s.MadeId("talk")}/outcome",
            _ => Json(new { outcome = "约谈后该委主要负责同志作出表态，两周内补齐台账", version = 0 }), OfficeWrite(NoContent), RecordTalkAsync),
        new("inbox read one", "POST", s => $"/api/v1/inbox/{s.MadeId("message")}/read", _ => null,
            World.Accounts.ToDictionary(a => a, a => a == "staff" ? NoContent : NotFound).Append(new("anonymous", Unauthorized)).ToDictionary(), UrgeStaffAsync),
        new("inbox", "GET", _ => "/api/v1/inbox", _ => null, Everyone(Ok)),
        new("inbox unread count", "GET", _ => "/api/v1/inbox/unread-count", _ => null, Everyone(Ok)),
        new("inbox read all", "POST", _ => "/api/v1/inbox/read-all", _ => null, Everyone(Ok)),
        new("my to-do", "GET", _ => "/api/v1/todo", _ => null, new()
        {
            ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["leader"] = Forbidden, ["inspector"] = Forbidden,
            ["office"] = Ok, ["officeB"] = Ok, ["staff"] = Ok, ["staff2"] = Ok, ["staffB"] = Ok,
        }),
        new("my to-do counts", "GET", _ => "/api/v1/todo/summary", _ => null, Everyone(Ok)),
        new("list escalations", "GET", _ => "/api/v1/escalations", _ => null, Reads(Ok, Ok, Ok)),
        new("talk proposals", "GET", _ => "/api/v1/escalations/talk-proposals", _ => null, new()
        {
            ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden,
            ["inspector"] = Forbidden, ["officeB"] = Ok, ["office"] = Ok, ["leader"] = Ok,
        }),
        new("record escalation", "POST", _ => "/api/v1/escalations",
            _ => Json(new { kind = "Referral", unitId = w.Commission.Id, subject = "市纪委监委", reason = "整改敷衍应付" }), OfficeWrite(Created, Invalid)),
        new("list dispatches", "GET", s => $"/api/v1/dispatches?roundId={s.Built.RoundId}", _ => null, Overseers(Ok)),
        new("issue dispatch", "POST", _ => "/api/v1/dispatches", s => Json(new { roundId = s.Built.RoundId, from = "2024-04-12", to = "2024-04-18" }),
            OfficeWrite(Created)),
        new("read dispatch", "GET", s => $"/api/v1/dispatches/{s.DispatchId}", _ => null, WholeRound(Ok)),
        new("dispatch as xlsx", "GET", s => $"/api/v1/dispatches/{s.DispatchId}.xlsx", _ => null, WholeRound(Ok)),
        new("dispatch as docx", "GET", s => $"/api/v1/dispatches/{s.DispatchId}.docx", _ => null, WholeRound(Ok)),
        new("warning settings", "PUT", s => $"/api/v1/rounds/{s.Built.RoundId}/warning-settings",
            _ => Json(new { version = 0, dueSoonDays = 10, laggingMargin = 10, progressPeriodMonths = 1 }), OfficeWrite(NoContent)),
        new("add section", "POST", s => $"/api/v1/rounds/{s.Built.RoundId}/sections", _ => Json(new { levelName = "方面", title = "其他方面" }), OfficeWrite(Created)),
        new("edit section", "PUT", s => $"/api/v1/sections/{s.Built.SectionId}", _ => Json(new { levelName = "方面", title = "改" }), OfficeWrite(NoContent)),
        new("delete section", "DELETE", s => $"/api/v1/sections/{s.EmptySectionId}", _ => null, OfficeWrite(NoContent)),
        new("move section", "POST", s => $"/api/v1/sections/{s.EmptySectionId}/move?direction=up", _ => null, OfficeWrite(NoContent)),
        new("add problem", "POST", s => $"/api/v1/rounds/{s.Built.RoundId}/problems", s => Json(new { sectionId = s.Built.SectionId, title = "新问题" }), OfficeWrite(Created)),
        new("edit problem", "PUT", s => $"/api/v1/problems/{s.Built.ProblemId}", s => Json(new { sectionId = s.Built.SectionId, title = "改" }), OfficeWrite(NoContent)),
        new("delete problem", "DELETE", s => $"/api/v1/problems/{s.EmptyProblemId}", _ => null, OfficeWrite(NoContent)),
        new("add measure", "POST", s => $"/api/v1/problems/{s.Built.ProblemId}/measures", s => Json(Measure(w, s)), OfficeWrite(Created)),
        new("edit measure", "PUT", s => $"/api/v1/measures/{s.Built.MeasureId}", s => Json(Measure(w, s)), OfficeWrite(NoContent)),
        new("delete measure", "DELETE", s => $"/api/v1/measures/{s.Built.CooperatingMeasureId}", _ => null, OfficeWrite(NoContent)),
        new("move measure", "POST", s => $"/api/v1/measures/{s.Built.CooperatingMeasureId}/move?direction=up", _ => null, OfficeWrite(NoContent)),
        new("review queue", "GET", s => $"/api/v1/review-queue?roundId={s.Built.RoundId}", _ => null, OfficeWrite(Ok, Ok)),
        new("review close-out", "POST", s => $"/api/v1/measures/{s.Built.MeasureId}/review", _ => Json(new { decision = "Approve" }), OfficeWrite(NoContent)),
        // Another office's batch answers 200 with the measure refused in its outcome (tested in CloseOutReviewTests).
        new("search the audit", "GET", _ => "/api/v1/audit?kind=SecurityEvent", _ => null, AuditAdminOnly()),
        new("check the audit chain", "GET", _ => "/api/v1/audit/chain", _ => null, AuditAdminOnly()),
        new("approve close-outs at once", "POST", _ => "/api/v1/close-outs/approve", s => Json(new { measureIds = new[] { s.Built.MeasureId } }),
            OfficeWrite(Ok, Ok)),
        new("reopen measure", "POST", s => $"/api/v1/measures/{s.Built.MeasureId}/reopen", _ => Json(new { reason = "回头看发现反弹" }), OfficeWrite(NoContent),
            async (w, s) => (await (await w.As("office")).PostAsJsonAsync($"/api/v1/measures/{s.Built.MeasureId}/review", new { decision = "Approve" })).EnsureSuccessStatusCode()),
        new("report progress", "POST", s => $"/api/v1/measures/{s.Built.CooperatingMeasureId}/progress", _ => Ledger.Progress("推进中", 40, ("d.pdf", Ledger.Pdf)),
            UnitWrite(Created, Created)),
        new("add evidence", "POST", s => $"/api/v1/measures/{s.Built.CooperatingMeasureId}/evidence", _ => Ledger.Progress("", 0, ("e.pdf", Ledger.Pdf)),
            UnitWrite(Ok, Ok)),
        new("request close-out", "POST", s => $"/api/v1/measures/{s.Built.CooperatingMeasureId}/close-out", _ => Json(new { note = "请审核" }),
            UnitWrite(Forbidden, NoContent),
            async (w, s) => (await (await w.As("staff2")).PostAsync($"/api/v1/measures/{s.Built.CooperatingMeasureId}/progress",
                Ledger.Progress("完成", 100, ("f.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode()),
    ];

    private static async Task OrderLookBackAsync(World w, Setup s)
    {
        var office = await w.As("office");
        (await office.PostAsJsonAsync($"/api/v1/measures/{s.Built.MeasureId}/review", new { decision = "Approve" })).EnsureSuccessStatusCode();
        (await office.PostAsync($"/api/v1/rounds/{s.Built.RoundId}/look-backs", null)).EnsureSuccessStatusCode();
        var due = (await Ledger.GetJson(office, $"/api/v1/look-backs?roundId={s.Built.RoundId}&view=Due")).GetProperty("items");
        var items = due.GetArrayLength() > 0 ? due : (await Ledger.GetJson(office, $"/api/v1/look-backs?roundId={s.Built.RoundId}&view=Upcoming")).GetProperty("items");
        s.Made["lookBack"] = items[0].GetProperty("id").GetGuid();
        s.Versions["lookBack"] = items[0].GetProperty("version").GetInt32();
    }

    private static async Task RecordTalkAsync(World w, Setup s) => s.Made["talk"] = await Ledger.Id(await (await w.As("office")).PostAsJsonAsync(
        "/api/v1/escalations", new { kind = "Talk", unitId = w.Commission.Id, subject = "市发展改革委主要负责同志", reason = "连续两个月整改进度滞后" }));

    /// <summary>An urging to 规划科 puts a message in its staff's inbox: only they may mark it read.</summary>
    private static async Task UrgeStaffAsync(World w, Setup s)
    {
        (await (await w.As("office")).PostAsJsonAsync("/api/v1/escalations", new
        {
            kind = "Urging", unitId = w.Planning.Id, reason = "请加快推进整改，按时限报送进展", measureIds = new[] { s.Built.CooperatingMeasureId },
        })).EnsureSuccessStatusCode();
        var inbox = await Ledger.GetJson(await w.As("staff"), "/api/v1/inbox?unread=true");
        s.Made["message"] = inbox.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static async Task LinkAsync(World w, Setup s) =>
        (await (await w.As("office")).PostAsJsonAsync($"/api/v1/problems/{s.Built.ProblemId}/links", new { linkedProblemId = s.EmptyProblemId })).EnsureSuccessStatusCode();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_role_gets_exactly_the_expected_answer(string endpoint)
    {
        var row = Rows(world).Single(r => r.Name == endpoint);
        var setup = await SetUpAsync();
        if (row.Prepare is not null) await row.Prepare(world, setup);
        // Roles that must fail go first, so a success cannot change what they see.
        var ordered = ThreeAdmins(row.Expected).OrderBy(e => e.Value is >= 200 and < 300 ? 1 : 0);
        var failures = new List<string>();
        foreach (var (account, expected) in ordered)
        {
            var client = account == "anonymous" ? world.Factory.CreateClient() : await world.As(account);
            var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url(setup)) { Content = row.Body(setup) };
            var response = await client.SendAsync(request);
            if ((int)response.StatusCode != expected)
                failures.Add($"{account}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.Empty(failures);
    }

    /// <summary>
    /// 三员分立: the security admin and the auditor get what the system admin gets on every ledger endpoint (refused:
    /// none of the three reads ledger content), unless a row says otherwise.
    /// </summary>
    private static Dictionary<string, int> ThreeAdmins(Dictionary<string, int> expected)
    {
        var all = new Dictionary<string, int>(expected);
        if (!all.TryGetValue("admin", out var admin)) return all;
        all.TryAdd("secadmin", admin);
        all.TryAdd("auditor", admin);
        return all;
    }

    private async Task<Setup> SetUpAsync()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var staff = await world.As("staff");
        var emptySection = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/rounds/{built.RoundId}/sections", new { levelName = "方面", title = "空方面" }));
        var emptyProblem = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/rounds/{built.RoundId}/problems", new { sectionId = built.SectionId, title = "空问题" }));
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("完成", 100, ("g.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "各项任务已落实，制度已印发" })).EnsureSuccessStatusCode();
        var details = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        var evidence = details.GetProperty("evidence")[0].GetProperty("id").GetGuid();
        var mapping = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/sheet-mappings", new { name = $"模板{Guid.NewGuid():N}", headerRow = 1, columns = MappingColumns }));
        var job = await office.PostAsync($"/api/v1/rounds/{built.RoundId}/import.xlsx?async=true", Documents.SheetIntoRoundTests.Form(
            await Documents.SheetIntoRoundTests.ExportAsync(office, built.RoundId)));
        var jobUrl = job.Headers.Location!.ToString();
        await Documents.SheetImportJobTests.PollAsync(office, jobUrl);
        var dispatch = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/dispatches", new { roundId = built.RoundId }));
        return new Setup(built, emptySection, emptyProblem, evidence, details.GetProperty("row").GetProperty("version").GetInt32(), mapping, jobUrl,
            dispatch);
    }
}
