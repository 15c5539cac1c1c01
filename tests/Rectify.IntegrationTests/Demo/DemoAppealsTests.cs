using System.Text.Json;
using Rectify.Features.Appeals;
using Rectify.IntegrationTests.Documents;

namespace Rectify.IntegrationTests.Demo;

/// <summary>The demo's enterprise appeals: every state of the loop, real-looking enterprises, work for the demo accounts.</summary>
public partial class DemoDataTests
{
    [Fact]
    public async Task The_demo_office_finds_appeals_in_every_state_with_valid_credit_codes_and_some_raised_into_the_wuhan_round()
    {
        var items = (await Ledger.GetJson(demo.Office, "/api/v1/appeals?pageSize=100")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(Enum.GetNames<AppealState>().Order(), items.Select(i => i.GetProperty("state").GetString()!).Distinct().Order());
        Assert.Contains(items, i => i.GetProperty("rating").GetString() == "未评价");
        Assert.Contains(items, i => i.GetProperty("light").GetString() == "Overdue");
        Assert.Contains(items, i => i.GetProperty("light").GetString() == "DueSoon");
        Assert.Contains(items, i => i.GetProperty("handlingRound").GetInt32() == 2);
        Assert.Contains(items, i => AppealWarnings.IsReturnedTwice(i.GetProperty("returnCount").GetInt32()));
        Assert.All(items.Where(i => i.GetProperty("creditCode").ValueKind == JsonValueKind.String),
            i => Assert.True(CreditCode.IsValid(i.GetProperty("creditCode").GetString()), i.GetProperty("creditCode").GetString()));

        var raised = items.Where(i => i.GetProperty("raised").GetBoolean()).ToList();
        Assert.True(raised.Count >= 3, "arrears and the 不满意 answer are raised into problems of the 武汉 round");
        var details = await Ledger.GetJson(demo.Office, $"/api/v1/appeals/{raised[0].GetProperty("id").GetGuid()}");
        Assert.Contains("发展和改革局", details.GetProperty("raisedProblem").GetProperty("roundTitle").GetString());
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("staff-credit")]
    [InlineData("staff-zw")]
    public async Task Each_demo_staff_account_has_an_appeal_to_answer(string account)
    {
        var client = await demo.SignInAsync(account);
        var items = (await Ledger.GetJson(client, "/api/v1/appeals?state=Assigned")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
    }
}
