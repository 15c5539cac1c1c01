using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Appeals;
using Rectify.Platform.Calendar;
using Rectify.Platform.Jobs.Outbox;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>The daily appeal reminders and the list's warning filters, on a world of its own (it moves the clock).</summary>
public class AppealRemindersTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_unit_holding_an_appeal_hears_once_when_it_comes_due_and_once_more_with_the_office_when_it_is_overdue()
    {
        // Assigned on Thursday 2024年4月18日, 一般 (3 working days): 19日, 22日, 23日.
        var id = await AppealSteps.InStateAsync(world, "Assigned");
        var today = world.Factory.Clock.Today();
        Assert.Equal(new AppealReminderResult(0, 0, 0), await RunAsync(today));
        Assert.Empty(await ListAsync("warning=DueSoon"));

        world.Factory.Clock.Advance(TimeSpan.FromDays(5)); // 23日, the limit
        Assert.Equal(1, (await RunAsync(world.Factory.Clock.Today())).DueSoon);
        Assert.Equal(0, (await RunAsync(world.Factory.Clock.Today())).Messages);
        Assert.Equal([id], await ListAsync("warning=DueSoon"));
        Assert.Empty(await ListAsync("warning=Overdue"));

        world.Factory.Clock.Advance(TimeSpan.FromDays(1)); // 24日: overdue
        var overdue = await RunAsync(world.Factory.Clock.Today());
        Assert.Equal((0, 1), (overdue.DueSoon, overdue.Overdue));
        Assert.Equal(0, (await RunAsync(world.Factory.Clock.Today())).Messages);
        Assert.Equal([id], await ListAsync("warning=Overdue"));

        var inbox = await InDb(world, db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Link == $"/Appeals/Details/{id}" && m.Channel == Channel.Inbox)
            .Join(db.Users, m => m.RecipientUserId, u => u.Id, (m, u) => new { u.UserName, m.Kind, m.Title, m.Body }).ToListAsync());
        var dueSoon = inbox.Where(m => m.Kind == MessageKind.DueSoon).ToList();
        Assert.Equal(["staff"], dueSoon.Select(m => m.UserName));
        Assert.StartsWith("【诉求临期】示范市华腾精密机械有限公司", dueSoon[0].Title);
        Assert.Contains("办理时限：2024年4月23日", dueSoon[0].Body);
        Assert.Equal(["staff"], inbox.Where(m => m.Kind == MessageKind.Overdue).Select(m => m.UserName));
        Assert.Equal(["office"], inbox.Where(m => m.Kind == MessageKind.OverdueNotice).Select(m => m.UserName));
        // Messages name the enterprise, never its contact.
        Assert.DoesNotContain(inbox, m => m.Body.Contains("13905461234") || m.Body.Contains("郑晓梅"));
    }

    [Fact]
    public async Task An_appeal_returned_twice_is_listed_under_its_warning()
    {
        var id = await AppealSteps.InStateAsync(world, "Assigned");
        var office = await world.As("office");
        var staff = await world.As("staff");
        await AppealSteps.Ok(staff.PostAsJsonAsync($"/api/v1/appeals/{id}/return", new { reason = "工程款支付不属规划科职责" }));
        Assert.DoesNotContain(id, await ListAsync("warning=ReturnedTwice"));
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/assign", new { unitId = world.Planning.Id, tier = "General" }));
        await AppealSteps.Ok(staff.PostAsJsonAsync($"/api/v1/appeals/{id}/return", new { reason = "再次说明：应由区财政局办理" }));
        Assert.Contains(id, await ListAsync("warning=ReturnedTwice"));
        Assert.DoesNotContain(id, await ListAsync("warning=Reopened"));
    }

    private async Task<AppealReminderResult> RunAsync(DateOnly today)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppealReminders>().RunAsync(today, CancellationToken.None);
    }

    private async Task<List<Guid>> ListAsync(string query)
    {
        var page = await Ledger.GetJson(await world.SignInAsync("office"), $"/api/v1/appeals?{query}");
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }
}
