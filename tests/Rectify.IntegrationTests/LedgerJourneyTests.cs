using System.Net;
using System.Net.Http.Json;

namespace Rectify.IntegrationTests;

public class LedgerJourneyTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Unit_reports_progress_requests_close_out_and_the_office_approves()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await world.As("staff");
        var office = await world.As("office");

        var progress = await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress",
            Ledger.Progress("已组织专题学习7次", 80, ("学习记录.pdf", Ledger.Pdf)));
        Assert.Equal(HttpStatusCode.Created, progress.StatusCode);
        var requested = await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "已完成,请审核" });
        Assert.Equal(HttpStatusCode.NoContent, requested.StatusCode);

        var queue = await Ledger.GetJson(office, $"/api/v1/review-queue?roundId={built.RoundId}");
        Assert.Equal(built.MeasureId, queue.GetProperty("items")[0].GetProperty("measureId").GetGuid());
        Assert.Equal(1, queue.GetProperty("items")[0].GetProperty("evidenceCount").GetInt32());

        var before = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}");
        Assert.Equal(0, before.GetProperty("closedMeasures").GetInt32());
        var approved = await office.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/review", new { decision = "Approve" });
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);

        var after = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}");
        Assert.Equal(1, after.GetProperty("closedMeasures").GetInt32());
        Assert.Equal(1, after.GetProperty("longTermMeasures").GetInt32());
        Assert.Equal("共1个方面，细化为1个具体问题、2条整改措施；已完成整改0个问题、1条措施，正在推进0条，长期坚持1条，超期0条",
            after.GetProperty("text").GetString());
        var details = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal("Closed", details.GetProperty("row").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Returned_close_out_goes_back_to_the_unit_with_the_reason_and_the_problem_follows()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await world.As("staff");
        var office = await world.As("office");
        await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("已完成", 100, ("a.pdf", Ledger.Pdf)));
        await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "各项任务已落实，制度已印发" });

        var noReason = await office.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/review", new { decision = "Return" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var returned = await office.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/review", new { decision = "Return", reason = "佐证材料不全" });
        Assert.Equal(HttpStatusCode.NoContent, returned.StatusCode);

        var details = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal("InProgress", details.GetProperty("row").GetProperty("status").GetString());
        Assert.Equal("已退回", details.GetProperty("row").GetProperty("statusLabel").GetString());
        Assert.Equal("佐证材料不全", details.GetProperty("closeOuts")[0].GetProperty("reason").GetString());
        var tree = await Ledger.GetJson(office, $"/api/v1/rounds/{built.RoundId}/tree");
        Assert.Equal("InProgress", tree.GetProperty("sections")[0].GetProperty("problems")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Illegal_transition_is_refused_with_a_clear_message()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await world.As("staff");
        var response = await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "各项任务已落实，制度已印发" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemBody>();
        Assert.Equal("尚未填报进展，不能申请销号", problem!.Title);
    }

    [Fact]
    public async Task Cooperating_unit_reports_progress_but_cannot_request_close_out()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff2 = await world.As("staff2");
        var progress = await staff2.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("配合完成数据整理", 30, ("b.pdf", Ledger.Pdf)));
        Assert.Equal(HttpStatusCode.Created, progress.StatusCode);
        var request = await staff2.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "各项任务已落实，制度已印发" });
        Assert.Equal(HttpStatusCode.Forbidden, request.StatusCode);
    }

    [Fact]
    public async Task Ledger_filters_by_status_unit_kind_and_chinese_text_on_the_server()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var all = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        var text = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&text=对标先进");
        Assert.Equal(built.CooperatingMeasureId, text.GetProperty("items")[0].GetProperty("measureId").GetGuid());
        Assert.Equal(1, text.GetProperty("total").GetInt32());
        var byProblem = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&text=重要论述");
        Assert.Equal(2, byProblem.GetProperty("total").GetInt32());
        var longTerm = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&kind=LongTerm");
        Assert.Equal(1, longTerm.GetProperty("total").GetInt32());
        var unit = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&unitId={world.Planning.Id}");
        Assert.Equal(built.MeasureId, unit.GetProperty("items")[0].GetProperty("measureId").GetGuid());
        var notStarted = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&status=NotStarted&pageSize=1&page=2");
        Assert.Equal(2, notStarted.GetProperty("total").GetInt32());
        Assert.Equal(1, notStarted.GetProperty("items").GetArrayLength());
        var percent = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&text=100%25");
        Assert.Equal(0, percent.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Measure_past_its_time_limit_is_overdue_in_the_ledger_and_the_summary()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        // Today is 2024-04-18 on the test clock; a limit of 04-10 has passed.
        var late = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
        {
            text = "逾期未完成的措施", kind = "Dated", responsibleUnitId = world.Planning.Id, timeLimit = "2024-04-10",
        }));
        var overdue = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&overdue=true");
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        Assert.Equal(late, overdue.GetProperty("items")[0].GetProperty("measureId").GetGuid());
        Assert.True(overdue.GetProperty("items")[0].GetProperty("lights").GetProperty("overdue").GetBoolean());
        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}");
        Assert.Equal(1, summary.GetProperty("overdueMeasures").GetInt32());
        var dueSoon = await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
        {
            text = "临近时限的措施", kind = "Dated", responsibleUnitId = world.Planning.Id, timeLimit = "2024-04-22",
        });
        var soon = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&dueSoon=true");
        Assert.Equal(await Ledger.Id(dueSoon), soon.GetProperty("items")[0].GetProperty("measureId").GetGuid());
        Assert.Equal(1, soon.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Time_limit_in_working_days_follows_the_holiday_arrangement()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var id = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
        {
            text = "限时办结", kind = "Dated", responsibleUnitId = world.Planning.Id, startDate = "2024-02-02", timeLimitWorkingDays = 7,
        }));
        var details = await Ledger.GetJson(office, $"/api/v1/measures/{id}");
        Assert.Equal("2024-02-18", details.GetProperty("row").GetProperty("timeLimit").GetString());
        Assert.False(details.GetProperty("row").GetProperty("timeLimitUncertain").GetBoolean());

        var uncertain = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
        {
            text = "跨年任务", kind = "Dated", responsibleUnitId = world.Planning.Id, startDate = "2026-12-15", timeLimitWorkingDays = 30,
        }));
        var flagged = await Ledger.GetJson(office, $"/api/v1/measures/{uncertain}");
        Assert.True(flagged.GetProperty("row").GetProperty("timeLimitUncertain").GetBoolean());
    }

    [Fact]
    public async Task Every_change_shows_in_the_measures_history_with_who_and_before_after()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await world.As("staff");
        var office = await world.As("office");
        await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("制定方案", 20, ("c.pdf", Ledger.Pdf)));
        var history = (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("history");
        var statusChange = history.EnumerateArray().SelectMany(h => h.GetProperty("changes").EnumerateArray()
            .Select(c => (User: h.GetProperty("userName").GetString(), Field: c.GetProperty("field").GetString(),
                Before: c.GetProperty("before").GetString(), After: c.GetProperty("after").GetString())))
            .Single(c => c.Field == "Status" && c.After == "InProgress");
        Assert.Equal(("李规划", "NotStarted"), (statusChange.User, statusChange.Before));
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("entityType").GetString() == "Evidence");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("entityType").GetString() == "Measure" && h.GetProperty("userName").GetString() == "张整改");
    }

    private sealed record ProblemBody(string Title, int Status);
}
