using System.Net.Http.Json;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>
/// Every appeal endpoint with every role: the office of 市发展改革委 runs them, the staff of 规划科 (the handling unit) act on
/// their own, leaders read, inspectors and the system admin neither read nor act; another office or unit finds nothing.
/// </summary>
public class AppealsAuthorizationTests(World world) : IClassFixture<World>
{
    private const int Ok = 200, Created = 201, NoContent = 204, Unauthorized = 401, Forbidden = 403, NotFound = 404;

    public sealed record Row(string Name, string Method, string State, Func<Guid, string> Url, Func<World, object?> Body, Dictionary<string, int> Expected)
    {
        public override string ToString() => Name;
    }

    private static Dictionary<string, int> Reads(int handling, int otherStaff) => new()
    {
        ["anonymous"] = Unauthorized,
        ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden,
        ["inspector"] = Forbidden,
        ["officeB"] = otherStaff,
        ["staffB"] = otherStaff,
        ["staff2"] = otherStaff,
        ["office"] = Ok,
        ["leader"] = Ok,
        ["staff"] = handling,
    };

    /// <summary>The rates: the office and leaders, each over its own scope (another office reads its own, empty, figures).</summary>
    private static Dictionary<string, int> Rates() => new()
    {
        ["anonymous"] = Unauthorized,
        ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden,
        ["inspector"] = Forbidden,
        ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden,
        ["officeB"] = Ok,
        ["office"] = Ok,
        ["leader"] = Ok,
    };

    private static Dictionary<string, int> OfficeWrite(int success) => new()
    {
        ["anonymous"] = Unauthorized,
        ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden,
        ["inspector"] = Forbidden,
        ["leader"] = Forbidden,
        ["staff"] = Forbidden,
        ["staff2"] = Forbidden,
        ["staffB"] = Forbidden,
        ["officeB"] = NotFound,
        ["office"] = success,
    };

    private static Dictionary<string, int> UnitWrite() => new()
    {
        ["anonymous"] = Unauthorized,
        ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden,
        ["inspector"] = Forbidden,
        ["leader"] = Forbidden,
        ["office"] = Forbidden,
        ["officeB"] = Forbidden,
        ["staff2"] = NotFound,
        ["staffB"] = NotFound,
        ["staff"] = NoContent,
    };

    private static IEnumerable<Row> Rows() =>
    [
        new("list appeals", "GET", "Assigned", _ => "/api/v1/appeals", _ => null, Reads(Ok, Ok)),
        new("appeal rates", "GET", "Assigned", _ => "/api/v1/appeals/rates?month=2024-04", _ => null, Rates()),
        new("appeal rates xlsx", "GET", "Assigned", _ => "/api/v1/appeals/rates.xlsx?month=2024-04", _ => null, Rates()),
        new("read appeal", "GET", "Assigned", id => $"/api/v1/appeals/{id}", _ => null, Reads(Ok, NotFound)),
        new("download attachment", "GET", "Attached", id => $"/api/v1/appeals/attachments/{id}", _ => null, Reads(Ok, NotFound)),
        new("record appeal", "POST", "Submitted", _ => "/api/v1/appeals", _ => AppealSteps.Input(), new()
        {
            ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden, ["inspector"] = Forbidden, ["leader"] = Forbidden, ["staff"] = Forbidden,
            ["staff2"] = Forbidden, ["staffB"] = Forbidden, ["officeB"] = Created, ["office"] = Created,
        }),
        // Each office imports into its own unit (another office's import is its own, so 200 too: the row naming 规划科, outside its
        // scope, is left out as asked); a re-import skips what it has.
        new("import hotline sheet", "POST", "Submitted", _ => "/api/v1/appeals/import.xlsx",
            _ => HotlineImportTests.Form(HotlineImportTests.Sheet("MX"), ("onlyGoodRows", "true")), new()
        {
            ["anonymous"] = Unauthorized, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden, ["inspector"] = Forbidden, ["leader"] = Forbidden, ["staff"] = Forbidden,
            ["staff2"] = Forbidden, ["staffB"] = Forbidden, ["officeB"] = Ok, ["office"] = Ok,
        }),
        new("add appeal material", "POST", "Submitted", id => $"/api/v1/appeals/{id}/attachments", _ => AppealMaterialApiTests.Files(("企业营业执照.pdf", Ledger.Pdf)), OfficeWrite(Ok)),
        new("accept appeal", "POST", "Submitted", id => $"/api/v1/appeals/{id}/accept", _ => new { accept = true }, OfficeWrite(NoContent)),
        new("assign appeal", "POST", "Accepted", id => $"/api/v1/appeals/{id}/assign", w => new { unitId = w.Planning.Id, tier = "General" }, OfficeWrite(NoContent)),
        new("decide transfer", "POST", "TransferRequested", id => $"/api/v1/appeals/{id}/transfer-decision", _ => new { approve = true }, OfficeWrite(NoContent)),
        new("check reply", "POST", "Replied", id => $"/api/v1/appeals/{id}/reply-check", _ => new { approve = true }, OfficeWrite(NoContent)),
        new("follow up", "POST", "ReplyApproved", id => $"/api/v1/appeals/{id}/follow-up", _ => new { note = "企业表示款项已到账", rating = "Satisfied" }, OfficeWrite(NoContent)),
        new("consult", "POST", "Difficult", id => $"/api/v1/appeals/{id}/consultations", w => new
        {
            heldOn = "2024-04-18", summary = "市发展改革委牵头会商还款安排",
            participants = new[] { new { unitId = w.Planning.Id, duty = "5月底前督促区财政局付清余款" }, new { unitId = w.Credit.Id, duty = "将拖欠情况纳入信用监管" } },
        }, OfficeWrite(Created)),
        new("raise appeal", "POST", "Raisable", id => $"/api/v1/appeals/{id}/raise", w => new { roundId = AppealSteps.RoundsOf[w], title = "拖欠企业工程款问题" }, OfficeWrite(Created)),
        new("return appeal", "POST", "Assigned", id => $"/api/v1/appeals/{id}/return", _ => new { reason = "拖欠工程款不属规划科职责" }, UnitWrite()),
        new("request transfer", "POST", "Assigned", id => $"/api/v1/appeals/{id}/transfer", w => new { toUnitId = w.Credit.Id, reason = "应由信用科督促" }, UnitWrite()),
        new("reply", "POST", "Assigned", id => $"/api/v1/appeals/{id}/reply", _ => new { text = "已督促付款，首期款已支付。" }, UnitWrite()),
    ];

    public static TheoryData<string> Endpoints() => new(Rows().Select(r => r.Name));

    /// <summary>Each row's method and address with a placeholder id, for <see cref="EndpointCoverageTests"/>.</summary>
    public static IEnumerable<(string Method, string Path)> Walked() => Rows().Select(r => (r.Method, r.Url(Guid.Empty)));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_role_gets_exactly_the_expected_answer(string endpoint)
    {
        var row = Rows().Single(r => r.Name == endpoint);
        var id = await AppealSteps.InStateAsync(world, row.State);
        var failures = new List<string>();
        // Roles that must fail go first, so a success cannot change what they see.
        foreach (var (account, expected) in row.Expected.OrderBy(e => e.Value is >= 200 and < 300 ? 1 : 0))
        {
            var client = account == "anonymous" ? world.Factory.CreateClient() : await world.As(account);
            var body = row.Body(world);
            var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url(id)) { Content = body is null ? null : body as HttpContent ?? JsonContent.Create(body) };
            var response = await client.SendAsync(request);
            if ((int)response.StatusCode != expected)
                failures.Add($"{account}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.Empty(failures);
    }
}
