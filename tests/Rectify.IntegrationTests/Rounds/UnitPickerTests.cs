using System.Net;
using System.Text.Json;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>The ledger's unit picker searches the units of the user's scope by name, instead of listing all of them.</summary>
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

    private static async Task<List<JsonElement>> SearchAsync(PageSession session, string text)
    {
        var response = await session.GetRawAsync("/Rounds/Ledger?handler=Units&text=" + Uri.EscapeDataString(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
    }

    private static List<string> Names(List<JsonElement> units) => units.Select(u => u.GetProperty("name").GetString()!).ToList();
}
