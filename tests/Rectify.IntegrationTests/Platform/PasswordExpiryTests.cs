using System.Net;
using static Rectify.IntegrationTests.Admin.AdminCalls;

namespace Rectify.IntegrationTests.Platform;

/// <summary>A world whose passwords must be changed every 90 days, as in production.</summary>
public sealed class ExpiringPasswordsWorld() : World(new Dictionary<string, string?> { ["Rectify:Security:PasswordMaxAgeDays"] = "90" });

public class PasswordExpiryTests(ExpiringPasswordsWorld world) : IClassFixture<ExpiringPasswordsWorld>
{
    [Fact]
    public async Task After_ninety_days_a_password_must_be_changed_before_anything_else()
    {
        world.Factory.Clock.Advance(TimeSpan.FromDays(89));
        Assert.Equal(HttpStatusCode.OK, (await (await world.SignInAsync("staff")).GetAsync("/api/v1/inbox")).StatusCode);

        world.Factory.Clock.Advance(TimeSpan.FromDays(2));
        var staff = await world.SignInAsync("staff");
        await AssertRefusedAsync(await staff.GetAsync("/api/v1/inbox"), HttpStatusCode.Forbidden, "密码已超过90天未修改，请先修改密码");
        var page = await PageSession.SignInAsync(world, "staff");
        Assert.Equal("/Account/ChangePassword", (await page.GetRawAsync("/Todo")).Headers.Location!.ToString());
    }
}
