using Rectify.IntegrationTests.Documents;

namespace Rectify.IntegrationTests.Messaging;

/// <summary>The README's demo: the inboxes already hold what the day's reminders and the week's digest would send.</summary>
public class DemoInboxTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public async Task The_demo_accounts_find_reminders_notices_and_a_digest_in_their_inboxes()
    {
        var kinds = new Dictionary<string, List<string>>();
        foreach (var account in new[] { "office", "office-fgw", "staff", "staff-credit", "staff-zw", "leader" })
        {
            using var client = await demo.SignInAsync(account);
            kinds[account] = (await MessageSteps.InboxAsync(client)).Select(m => m.GetProperty("kind").GetString()!).ToList();
        }
        Assert.Contains("OverdueNotice", kinds["office"].Concat(kinds["office-fgw"]));
        Assert.Contains("WeeklyDigest", kinds["leader"]);
    }
}
