using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rectify.IntegrationTests.Appeals;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>
/// The unit picker searches the units of the user's scope by name, instead of listing all of them: on the ledger's filters
/// and on every form that names a unit (a round's inspected unit, a measure's responsible and cooperating units, an
/// appeal's handling, consulting and transfer units).
/// </summary>
public class UnitPickerTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Picker_finds_units_of_the_scope_by_any_of_their_names_and_nothing_outside_it()
    {
        var office = await PageSession.SignInAsync(world, "office");
        Assert.Equal(["信用科", "规划科"], Names(await SearchAsync(office, "科")).Order(StringComparer.Ordinal));
        // The full name (信用建设科) finds the unit too; it is shown by its short name.
        Assert.Equal(["信用科"], Names(await SearchAsync(office, "信用建设")));
        // With no text, the top of the scope first.
        var top = Names(await SearchAsync(office, ""));
        Assert.Equal("市发展改革委", top[0]);
        Assert.Equal(["信用科", "规划科"], top.Skip(1).Order(StringComparer.Ordinal));

        var officeB = await PageSession.SignInAsync(world, "officeB");
        Assert.Equal(["政务科"], Names(await SearchAsync(officeB, "科")));
        Assert.Empty(await SearchAsync(officeB, "规划"));

        var staff = await PageSession.SignInAsync(world, "staff");
        Assert.Equal(["规划科"], Names(await SearchAsync(staff, "")));
    }

    [Fact]
    public async Task Picker_text_longer_than_fifty_characters_is_refused_in_plain_chinese()
    {
        var office = await PageSession.SignInAsync(world, "office");
        var response = await office.GetRawAsync("/Rounds/Ledger?handler=Units&text=" + Uri.EscapeDataString(new string('科', 51)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("查找单位时最多输入50个字", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Ledger_filtered_to_a_unit_shows_its_name_in_the_picker_and_lists_no_other_units()
    {
        await Ledger.CreateRoundAsync(world, "单位选择测试轮次");
        var office = await PageSession.SignInAsync(world, "office");
        var (status, html) = await office.GetAsync($"/Rounds/Ledger?unitId={world.Planning.Id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"name=\"unitId\" value=\"{world.Planning.Id}\"", html);
        Assert.Contains("value=\"规划科\"", html);
        Assert.DoesNotContain("<option value=\"" + world.Credit.Id, html);
        Assert.Contains("加强理论学习,提升政治素养", html);
        Assert.DoesNotContain("优化营商环境,对标先进打造亮点", html);
    }

    [Fact]
    public async Task Forms_show_the_units_they_hold_by_name_and_list_none_of_the_scope_as_options()
    {
        var built = await Ledger.CreateRoundAsync(world, "单位选择表单测试轮次");
        var office = await PageSession.SignInAsync(world, "office");

        var measure = await FormAsync(office, $"/Rounds/MeasureForm/{built.MeasureId}");
        Assert.Contains($"name=\"ResponsibleUnitId\" value=\"{world.Planning.Id}\"", measure);
        Assert.Contains("value=\"规划科\"", measure);
        // Cooperating units are several: each chosen one is a tag with its own field.
        Assert.Matches(new Regex($"class=\"badge unit-tag\" title=\"[^\"]*\"><input type=\"hidden\" name=\"CooperatingUnitIds\" value=\"{world.Credit.Id}\" />信用科<"), measure);

        var edit = await FormAsync(office, $"/Rounds/Edit/{built.RoundId}");
        Assert.Contains($"name=\"Form.InspectedUnitId\" value=\"{world.Commission.Id}\"", edit);
        Assert.Contains("value=\"市发展改革委\"", edit);

        foreach (var url in new[] { "/Rounds/Create", $"/Rounds/MeasureForm?problemId={built.ProblemId}", "/Documents/ImportSheet" })
            await FormAsync(office, url);
        // The upload page asks for the unit once the report is read (ReportUploadTests); before, it lists none either.
        await FormAsync(office, "/Documents/Upload", picker: false);
    }

    [Fact]
    public async Task Measure_saved_through_the_form_keeps_the_units_picked_and_one_left_empty_is_none()
    {
        var built = await Ledger.CreateRoundAsync(world, "单位选择保存测试轮次");
        var office = await PageSession.SignInAsync(world, "office");
        var html = await FormAsync(office, $"/Rounds/MeasureForm/{built.MeasureId}");
        var version = Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var saved = await office.PostFieldsAsync($"/Rounds/MeasureForm/{built.MeasureId}", new (string, string)[]
        {
            ("Text", "加强理论学习,提升政治素养"), ("Kind", "Dated"), ("ResponsibleUnitId", ""), ("CooperatingUnitIds", world.Credit.Id.ToString()),
            ("CooperatingUnitIds", world.Planning.Id.ToString()), ("LimitMode", "date"), ("TimeLimit", "2024-05-31"), ("Version", version),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await FormAsync(office, $"/Rounds/MeasureForm/{built.MeasureId}");
        Assert.Contains("<input type=\"hidden\" name=\"ResponsibleUnitId\" />", after);
        Assert.Contains($"name=\"CooperatingUnitIds\" value=\"{world.Credit.Id}\"", after);
        Assert.Contains($"name=\"CooperatingUnitIds\" value=\"{world.Planning.Id}\"", after);
    }

    [Fact]
    public async Task Unit_asking_for_a_transfer_searches_every_unit_and_nobody_else_may()
    {
        var id = await AppealSteps.InStateAsync(world, "Assigned");
        var staff = await PageSession.SignInAsync(world, "staff");
        var (status, html) = await staff.GetAsync($"/Appeals/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"transfer-unit-text\"", html);
        Assert.DoesNotContain("<option value=\"" + world.Service.Id, html);
        // 政务科 is outside the staff's scope, and the appeal may go there.
        var found = await staff.GetRawAsync($"/Appeals/Details/{id}?handler=Units&text=" + Uri.EscapeDataString("政务"));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var units = JsonDocument.Parse(await found.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Contains(units, u => u.GetProperty("id").GetGuid() == world.Service.Id && u.GetProperty("path").GetString() == "市政务服务局");

        // The office may not transfer, so it may not search every unit through this appeal; nor may another unit.
        foreach (var account in new[] { "office", "staffB" })
        {
            var other = await PageSession.SignInAsync(world, account);
            var refused = await other.GetRawAsync($"/Appeals/Details/{id}?handler=Units&text=" + Uri.EscapeDataString("政务"));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
    }

    [Fact]
    public async Task Appeal_assigned_without_a_unit_is_refused_in_plain_chinese()
    {
        var id = await AppealSteps.InStateAsync(world, "Accepted");
        var office = await PageSession.SignInAsync(world, "office");
        var (_, page) = await office.GetAsync($"/Appeals/Details/{id}");
        Assert.Contains("id=\"assign-unit-text\"", page);
        var html = await office.PostForPageAsync($"/Appeals/Details/{id}?handler=Assign", new() { ["unitId"] = "", ["tier"] = "General" });
        Assert.Contains("请选择单位（在单位框中输入名称查找后点选）", html);
        Assert.Equal("Accepted", (await AppealSteps.Details(await world.As("office"), id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Consultation_rows_left_without_a_unit_are_skipped_and_the_others_keep_their_duties()
    {
        var id = await AppealSteps.InStateAsync(world, "Difficult");
        var office = await PageSession.SignInAsync(world, "office");
        var (_, page) = await office.GetAsync($"/Appeals/Details/{id}");
        Assert.Contains("id=\"consult-unit-2\"", page);
        var saved = await office.PostFieldsAsync($"/Appeals/Details/{id}?handler=Consult", new (string, string)[]
        {
            ("heldOn", "2026-11-20"), ("summary", "会商工程款支付问题"),
            ("unitIds", ""), ("duties", "未选单位的一行"),
            ("unitIds", world.Credit.Id.ToString()), ("duties", "督促付款"),
            ("unitIds", world.Planning.Id.ToString()), ("duties", "核对工程量"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var participants = (await AppealSteps.Details(await world.As("office"), id)).GetProperty("consultations")[0].GetProperty("participants")
            .EnumerateArray().Select(p => (p.GetProperty("unit").GetString(), p.GetProperty("duty").GetString())).ToList();
        Assert.Equal([("信用科", "督促付款"), ("规划科", "核对工程量")], participants);
    }

    /// <summary>The form page answers and lists no unit of the scope as an option.</summary>
    private async Task<string> FormAsync(PageSession session, string url, bool picker = true)
    {
        var (status, html) = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var unit in new[] { world.Commission, world.Planning, world.Credit })
            Assert.DoesNotContain($"<option value=\"{unit.Id}\"", html);
        if (picker) Assert.Contains("data-unit-picker", html);
        return html;
    }

    private static async Task<List<JsonElement>> SearchAsync(PageSession session, string text)
    {
        var response = await session.GetRawAsync("/Rounds/Ledger?handler=Units&text=" + Uri.EscapeDataString(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
    }

    private static List<string> Names(List<JsonElement> units) => units.Select(u => u.GetProperty("name").GetString()!).ToList();
}
