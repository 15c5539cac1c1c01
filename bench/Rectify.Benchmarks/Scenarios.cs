using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Appeals;
using Rectify.Features.Dashboard;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;

namespace Rectify.Benchmarks;

/// <summary>The measured requests: a round's ledger, a city's scope with filters and sorting, Chinese search, staff's view, a progress report, the dashboard, appeals (intake, lists, monthly rates), a dispatch.</summary>
public static class Scenarios
{
    public static readonly string[] Terms = ["公务用车", "政府采购", "安全生产", "营商环境", "耕地保护"];

    public static List<Scenario> All(BenchData data)
    {
        var round = data.Rounds[0];
        var deep = Math.Max(1, (round.Measures + 49) / 50);
        var dept = data.CityDepartment;
        return
        [
            Ledger("round, first page", "province-office", i => $"roundId={R(data, i).Id}", new() { RoundId = round.Id }),
            Ledger($"round, last page (~{deep})", "province-office", i => $"roundId={R(data, i).Id}&page={Math.Max(1, (R(data, i).Measures + 49) / 50)}",
                new() { RoundId = round.Id, Page = deep }),
            Ledger("round + text search", "province-office", i => $"roundId={R(data, i).Id}&text={Uri.EscapeDataString(T(i))}",
                new() { RoundId = round.Id, Text = Terms[0] }),
            Ledger("city scope, status+overdue+unit, sort=timeLimit", "city1-office",
                _ => $"status=InProgress&overdue=true&unitId={dept}&sort=timeLimit",
                new() { Status = MeasureStatus.InProgress, Overdue = true, UnitId = dept, Sort = "timeLimit" }),
            Ledger("city scope, sort=timeLimit, first page", "city1-office", _ => "sort=timeLimit", new() { Sort = "timeLimit" }),
            Ledger("city scope, sort=timeLimit, page 100", "city1-office", _ => "sort=timeLimit&page=100", new() { Sort = "timeLimit", Page = 100 }),
            // A deep numbered page is located from the rows per date: page 1,000 costs what page 100 does.
            Ledger("city scope, sort=timeLimit, page 1000", "city1-office", _ => "sort=timeLimit&page=1000", new() { Sort = "timeLimit", Page = 1000 }),
            Ledger("city scope, text search", "city1-office", i => $"text={Uri.EscapeDataString(T(i))}", new() { Text = Terms[0] }),
            Ledger("province, outline, first page", "province-office", _ => "", new()),
            Ledger("province, outline, page 100", "province-office", _ => "page=100", new() { Page = 100 }),
            // Issue 15, second slice: deep pages by cursor (a build without cursors ignores after= and skips 4,950 rows), the
            // warning filters and the search over the whole province.
            Ledger("province, outline, page 100 by cursor", "province-office", _ => $"page=100&after={data.OutlinePage100}",
                new() { Page = 100, After = data.OutlinePage100 }),
            Ledger("province, sort=timeLimit, first page", "province-office", _ => "sort=timeLimit", new() { Sort = "timeLimit" }),
            Ledger("province, sort=timeLimit, page 100 by cursor", "province-office", _ => $"sort=timeLimit&page=100&after={data.TimeLimitPage100}",
                new() { Sort = "timeLimit", Page = 100, After = data.TimeLimitPage100 }),
            Ledger("province, overdue, first page", "province-office", _ => "overdue=true", new() { Overdue = true }),
            Ledger("province, lagging, first page", "province-office", _ => "lagging=true", new() { Lagging = true }),
            Ledger("province, text search", "province-office", i => $"text={Uri.EscapeDataString(T(i))}", new() { Text = Terms[0] }),
            Ledger("staff (unit + cooperating), first page", "staff1", _ => "", new()),
            Ledger("round, open, sort=timeLimit", "province-office", i => $"roundId={R(data, i).Id}&open=true&sort=timeLimit",
                new() { RoundId = round.Id, Open = true, Sort = "timeLimit" }),
            Ledger("province, sort=changed, first page", "province-office", _ => "sort=changed", new() { Sort = "changed" }),
            Ledger("province, sort=changed, page 100 by cursor", "province-office", _ => $"sort=changed&page=100&after={data.ChangedPage100}",
                new() { Sort = "changed", Page = 100, After = data.ChangedPage100 }),
            Ledger("province, sort=changed, page 100 by number", "province-office", _ => "sort=changed&page=100", new() { Sort = "changed", Page = 100 }),
            new("progress report (POST, multipart)", "staff1", i => Progress(data.StaffMeasures[i % data.StaffMeasures.Count], i)),
            Page("ledger page (Razor, with summary), round", "page:province-office", i => $"roundId={R(data, i).Id}"),
            // Issue 15's f: one round's open measures by time limit, as the province office and as a city office open it.
            Page("ledger page (Razor), province office, a city's round, open, sort=timeLimit", "page:province-office",
                i => $"roundId={data.CityRounds[i % data.CityRounds.Count]}&open=true&sort=timeLimit"),
            Page("ledger page (Razor), city office, the same round, open, sort=timeLimit", "page:city1-office",
                i => $"roundId={data.CityRounds[i % data.CityRounds.Count]}&open=true&sort=timeLimit"),
            Page("ledger page (Razor, with summary), city, overdue, sort=timeLimit", "page:city1-office", _ => "overdue=true&sort=timeLimit"),
            Page("ledger page (Razor, with summary), city, text search", "page:city1-office", i => $"text={Uri.EscapeDataString(T(i))}"),
            // Issue 15, third slice: the province office's ledger page over all its rounds, with the summary sentence.
            Page("ledger page (Razor, with summary), province, all rounds", "page:province-office", _ => ""),
            Page("ledger page (Razor, with summary), province, overdue", "page:province-office", _ => "overdue=true"),
            Page("ledger page (Razor, with summary), province, lagging", "page:province-office", _ => "lagging=true"),
            Page("ledger page (Razor, with summary), province, text search", "page:province-office", i => $"text={Uri.EscapeDataString(T(i))}"),
            Dashboard("dashboard, province", "province-office", null),
            Dashboard("dashboard, city", "city1-office", null),
            Dashboard("dashboard, one round", "province-office", round.Id),
            new("appeal intake (POST, 12345 hotline)", "province-office", Intake),
            Appeals("appeals, unit's queue, first page", "staff1", "", new()),
            Appeals("appeals, city office, state=Assigned, first page", "city1-office", "state=Assigned", new(State: AppealState.Assigned)),
            Appeals("appeals, city office, state=Assigned, page 50", "city1-office", "state=Assigned&page=50", new(State: AppealState.Assigned, Page: 50)),
            Appeals("appeals, province office, first page", "province-office", "", new()),
            Appeals("appeals, province office, page 100", "province-office", "page=100", new(Page: 100)),
            Appeals("appeals, province office, overdue, first page", "province-office", "warning=Overdue", new(Warning: AppealWarning.Overdue)),
            Rates("appeal rates, province (all units), last month", "province-office", data.LastMonth),
            Rates("appeal rates, city, last month", "city1-office", data.LastMonth),
            // Writes a dispatch per request (the next issue of the province's scope): see Program.cs.
            new("dispatch report, province, all rounds (POST)", "province-office", _ => new HttpRequestMessage(HttpMethod.Post, "/api/v1/dispatches")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { }),
            }),
        ];
    }

    private static Scenario Ledger(string name, string account, Func<int, string> query, LedgerFilter filter) =>
        new(name, account, i => new HttpRequestMessage(HttpMethod.Get, "/api/v1/ledger?" + query(i)),
            sp => sp.GetRequiredService<LedgerQuery>().HandleAsync(filter, CancellationToken.None));

    private static Scenario Appeals(string name, string account, string query, AppealFilter filter) =>
        new(name, account, _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/appeals?" + query),
            sp => sp.GetRequiredService<AppealListQuery>().HandleAsync(filter, CancellationToken.None));

    private static Scenario Rates(string name, string account, string month) =>
        new(name, account, _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/appeals/rates?month=" + month),
            sp => sp.GetRequiredService<AppealRatesQuery>().ForMonthAsync(month, CancellationToken.None));

    /// <summary>A hotline record posted by the 12345 system, with its own record number (a new one each time).</summary>
    private static HttpRequestMessage Intake(int i) => new(HttpMethod.Post, "/api/v1/appeals")
    {
        Content = System.Net.Http.Json.JsonContent.Create(new
        {
            enterpriseName = "江州市恒通包装材料有限公司", contactName = "孙立华", contactPhone = "13805461122", channel = "Hotline12345",
            category = "OverduePayments", title = "技改项目补助资金迟迟未拨付", text = $"企业反映技改项目补助资金至今未拨付（压测第{i}件）。",
            externalId = $"bench-{RunId}-{i}",
        }),
    };

    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];

    private static Scenario Dashboard(string name, string account, Guid? roundId) =>
        new(name, account, _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/dashboard" + (roundId is { } r ? $"?roundId={r}" : "")),
            sp => sp.GetRequiredService<DashboardQuery>().HandleAsync(new DashboardFilter(roundId, null), CancellationToken.None));

    /// <summary>The page a person opens: rows, the summary in the reports' words and the unit picker in one response.</summary>
    private static Scenario Page(string name, string account, Func<int, string> query) =>
        new(name, account, i => new HttpRequestMessage(HttpMethod.Get, "/Rounds/Ledger?" + query(i)));

    private static HttpRequestMessage Progress(Guid measureId, int i) => new(HttpMethod.Post, $"/api/v1/measures/{measureId}/progress")
    {
        Content = new MultipartFormDataContent
        {
            { new StringContent($"已召开专题会议研究部署,整改工作有序推进(压测第{i}次)。"), "text" },
            { new StringContent((10 + i % 80).ToString()), "percent" },
        },
    };

    private static (Guid Id, int Measures) R(BenchData data, int i) => data.Rounds[i % data.Rounds.Count];

    private static string T(int i) => Terms[i % Terms.Length];
}
