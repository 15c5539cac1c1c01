using System.Net;
using System.Net.Http.Json;

namespace Rectify.IntegrationTests;

/// <summary>Walks the pages with every role signed in by the login form: each sees exactly what is theirs.</summary>
public class PageAuthorizationTests(World world) : IClassFixture<World>
{
    private const int Ok = 200, Forbidden = 403, NotFound = 404, Login = 302, Elsewhere = 302;

    [Fact]
    public async Task Every_role_gets_exactly_the_expected_page()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var dispatch = await Ledger.Id(await (await world.As("office")).PostAsJsonAsync("/api/v1/dispatches", new { roundId = built.RoundId }));
        var staffId = (await Ledger.GetJson(await world.As("admin"), "/api/v1/admin/users?text=staff2")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var pages = Pages(built.RoundId, built.MeasureId, built.ProblemId, dispatch, world.Planning.Id, staffId);
        var failures = new List<string>();
        foreach (var account in World.Accounts.Append("anonymous"))
        {
            var page = account == "anonymous" ? PageSession.Anonymous(world) : await PageSession.SignInAsync(world, account);
            foreach (var (url, expected) in pages)
            {
                var response = await page.GetRawAsync(url);
                var status = Outcome(response);
                if (account == "anonymous") expected[account] = Login;
                // 三员分立: the security admin and the auditor get what the system admin gets, unless the row says otherwise.
                if (account is "secadmin" or "auditor" && !expected.ContainsKey(account)) expected[account] = expected["admin"];
                if (status != expected[account]) failures.Add($"{account} {url}: expected {expected[account]}, got {status}");
            }
        }
        Assert.Empty(failures);
    }

    /// <summary>Every page with what each role gets; also read by <see cref="EndpointCoverageTests"/>.</summary>
    private static (string Url, Dictionary<string, int> Expected)[] Pages(Guid roundId, Guid measureId, Guid problemId, Guid dispatchId, Guid unitId, Guid userId) =>
    [
        ("/", Readers(Ok, Ok, Ok, admin: Login)),
        ($"/Rounds/Ledger?roundId={roundId}", Readers(Ok, NotFound, NotFound, admin: Forbidden)),
        // The unit picker's search: each reader finds the units of his own scope.
        ("/Rounds/Ledger?handler=Units&text=科", Readers(Ok, Ok, Ok, admin: Forbidden)),
        // Another scope's ledger exports as an empty sheet, like the API's export.
        ($"/Documents/LedgerExport?roundId={roundId}", Readers(Ok, Ok, Ok, admin: Forbidden)),
        ($"/Rounds/Measure/{measureId}", Readers(Ok, NotFound, NotFound, admin: Forbidden)),
        ($"/Rounds/Problem/{problemId}", Readers(Ok, NotFound, NotFound, admin: Forbidden)),
        ("/Rounds/Review", OfficeOnly(Ok, officeB: Ok)),
        ("/Rounds/Create", OfficeOnly(Ok, officeB: Ok)),
        ("/Documents/ImportSheet", OfficeOnly(Ok, officeB: Ok)),
        ($"/Rounds/Edit/{roundId}", OfficeOnly(Ok, officeB: NotFound)),
        ($"/Rounds/Structure/{roundId}", OfficeOnly(Ok, officeB: NotFound)),
        ($"/Supervision/WarningSettings/{roundId}", OfficeOnly(Ok, officeB: NotFound)),
        ("/Supervision/LookBacks", Readers(Ok, Ok, Ok, admin: Forbidden)),
        ("/Supervision/Escalations", Readers(Ok, Ok, Ok, admin: Forbidden)),
        ($"/Rounds/MeasureForm/{measureId}", OfficeOnly(Ok, officeB: NotFound)),
        ($"/Documents/Bulletin/{roundId}", WholeRound(Ok, officeB: NotFound)),
        ("/Dashboard", WholeRound(Ok, officeB: Ok)),
        ("/Messages", World.Accounts.ToDictionary(a => a, _ => Ok)),
        ("/Todo", World.Accounts.ToDictionary(a => a, a => a is "office" or "officeB" or "staff" or "staff2" or "staffB" ? Ok : Elsewhere)),
        ("/Admin/Messages", World.Accounts.ToDictionary(a => a, a => a == "admin" ? Ok : Forbidden)),
        ("/Supervision/Dispatches", WholeRound(Ok, officeB: Ok)),
        ($"/Supervision/Dispatches/{dispatchId}", WholeRound(Ok, officeB: NotFound)),
        ($"/Supervision/Dispatches/{dispatchId}?handler=Download&format=docx", WholeRound(Ok, officeB: NotFound)),
        ($"/Dashboard?roundId={roundId}&unitId={unitId}", WholeRound(Ok, officeB: Ok)),
        ($"/Rounds/History/{roundId}", Readers(Ok, NotFound, NotFound, admin: Forbidden)),
        ("/Documents/Upload", OfficeOnly(Ok, officeB: Ok)),
        ("/Account/ChangePassword", World.Accounts.ToDictionary(a => a, _ => Ok)),
        ("/Account/Logout", World.Accounts.ToDictionary(a => a, _ => Login)),
        ("/Admin/Users", AdminOnly()),
        ("/Admin/Security", Only("secadmin")),
        ($"/Admin/Security/Account/{userId}", Only("secadmin")),
        ("/Admin/Security/Policy", Only("secadmin")),
        ("/Account/Authenticator", World.Accounts.ToDictionary(a => a, _ => Ok)),
        ("/Admin/Units", AdminOnly()),
        ($"/Admin/UserEdit/{userId}", AdminOnly()),
        ($"/Admin/UnitEdit/{unitId}", AdminOnly()),
        ("/Audit", World.Accounts.ToDictionary(a => a, a => a == "auditor" ? Ok : Forbidden)),
        ("/Audit?handler=Export", World.Accounts.ToDictionary(a => a, a => a == "auditor" ? Ok : Forbidden)),
    ];

    public static IEnumerable<(string Method, string Path)> Walked() =>
        Pages(Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty).Select(p => ("GET", p.Url));

    [Fact]
    public async Task Unit_staff_cannot_post_a_review_through_the_page()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await PageSession.SignInAsync(world, "staff");
        await staff.GetAsync($"/Rounds/Measure/{built.MeasureId}");
        var response = await staff.PostAsync($"/Rounds/Measure/{built.MeasureId}?handler=Review", new() { ["Decision"] = "Approve" });
        Assert.Equal(Forbidden, Outcome(response));
    }

    /// <summary>A page refused by the cookie scheme redirects: to the login page (401) or the denied page (403).</summary>
    private static int Outcome(HttpResponseMessage response) => response.Headers.Location?.ToString() switch
    {
        { } l when l.Contains("/Account/Denied") => Forbidden,
        { } l when l.Contains("/Account/Login") => Login,
        _ => (int)response.StatusCode,
    };

    private static Dictionary<string, int> Readers(int scoped, int officeB, int staffB, int admin) => new()
    {
        ["office"] = scoped, ["staff"] = scoped, ["staff2"] = scoped, ["leader"] = scoped, ["inspector"] = scoped,
        ["officeB"] = officeB, ["staffB"] = staffB, ["admin"] = admin,
    };

    /// <summary>Pages of a whole round (the bulletin): the office, leaders and inspectors; not unit staff.</summary>
    private static Dictionary<string, int> WholeRound(int scoped, int officeB) => new()
    {
        ["office"] = scoped, ["leader"] = scoped, ["inspector"] = scoped, ["officeB"] = officeB,
        ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden, ["admin"] = Forbidden,
    };

    private static Dictionary<string, int> AdminOnly() => Only("admin");

    private static Dictionary<string, int> Only(string holder) => World.Accounts.ToDictionary(a => a, a => a == holder ? Ok : Forbidden);

    private static Dictionary<string, int> OfficeOnly(int office, int officeB) => new()
    {
        ["office"] = office, ["officeB"] = officeB, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden,
        ["leader"] = Forbidden, ["inspector"] = Forbidden, ["admin"] = Forbidden,
    };
}
