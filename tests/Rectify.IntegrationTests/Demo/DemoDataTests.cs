using System.Text.Json;
using System.Text.RegularExpressions;
using Rectify.IntegrationTests.Documents;

namespace Rectify.IntegrationTests.Demo;

/// <summary>The demo is the shop window: rounds as offices title them, progress in words fit to publish, every role with work.</summary>
public partial class DemoDataTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task A_newcomer_meets_an_inspection_first_and_the_self_examination_as_what_it_is()
    {
        var rounds = (await Ledger.GetJson(demo.Office, "/api/v1/rounds")).EnumerateArray().ToList();

        Assert.NotEqual("SelfExamination", rounds[0].GetProperty("kind").GetString());
        var self = Assert.Single(rounds, r => r.GetProperty("kind").GetString() == "SelfExamination");
        Assert.Equal(rounds.Count - 1, rounds.IndexOf(self));
        var title = self.GetProperty("title").GetString()!;
        Assert.Contains("营商环境", title);
        Assert.DoesNotContain("局长", title);
        var tree = await Ledger.GetJson(demo.Office, $"/api/v1/rounds/{self.GetProperty("id").GetGuid()}/tree");
        Assert.Contains("problems", tree.GetRawText());
        Assert.Equal(0, self.GetProperty("measures").GetInt32());
    }

    [Fact]
    public async Task The_staff_account_has_a_long_term_measure_that_reached_stage_results()
    {
        var staff = await demo.SignInAsync("staff");
        var rows = (await Ledger.GetJson(staff, "/api/v1/ledger?pageSize=200")).GetProperty("items").EnumerateArray();
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "LongTerm" && r.GetProperty("status").GetString() == "StageResult");
    }

    [Fact]
    public async Task The_government_service_staff_account_finds_a_measure_coming_due_and_one_returned_with_its_reason()
    {
        var staff = await demo.SignInAsync("staff-zw");
        var todo = await Ledger.GetJson(staff, "/api/v1/todo");
        var summary = todo.GetProperty("summary");
        Assert.True(summary.GetProperty("dueSoon").GetInt32() >= 1, "a measure of 政务服务科 comes due within days");
        Assert.True(summary.GetProperty("returned").GetInt32() >= 1, "a close-out of 政务服务科 was returned");
        var rows = todo.GetProperty("measures").GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("returnReason").GetString()?.Contains("佐证材料") == true);
    }

    [Fact]
    public async Task Demo_progress_reads_as_an_office_would_publish_it()
    {
        var rows = (await Ledger.GetJson(demo.Office, "/api/v1/ledger?pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("latestProgressText")).Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, text =>
        {
            Assert.DoesNotContain("佐证材料已上传", text);
            Assert.DoesNotMatch(Percent(), text);
        });
        Assert.True(rows.Distinct().Count() >= 6, "progress notes vary from measure to measure");
    }

    [GeneratedRegex(@"\d+\s*%")]
    private static partial Regex Percent();
}
