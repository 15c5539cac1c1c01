using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Appeals;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>The daily job closes replies nobody rated as 未评价, on a world of its own (it moves the clock).</summary>
public class RatingWindowTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_reply_left_unrated_past_five_working_days_is_closed_as_not_rated_not_as_satisfied()
    {
        // Reply out on Thursday 2024年4月18日; five working days: 19日, 22日, 23日, 24日, 25日.
        var id = await AppealSteps.InStateAsync(world, "ReplyApproved");
        world.Factory.Clock.Advance(TimeSpan.FromDays(7)); // 25日, 10:00 in China: the window's last day
        Assert.Equal(0, await ExpireAsync());
        world.Factory.Clock.Advance(TimeSpan.FromDays(1)); // 26日
        Assert.Equal(1, await ExpireAsync());
        Assert.Equal(0, await ExpireAsync());

        var details = await AppealSteps.Details(await world.SignInAsync("office"), id);
        Assert.Equal("已办结", details.GetProperty("stateLabel").GetString());
        Assert.Equal("未评价", details.GetProperty("ratingLabel").GetString());
    }

    private async Task<int> ExpireAsync()
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExpireRatings>().HandleAsync(CancellationToken.None);
    }
}
