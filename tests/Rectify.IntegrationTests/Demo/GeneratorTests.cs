using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Appeals;
using Rectify.Features.Demo.Generator;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Demo;

public class GeneratorTests
{
    private static readonly GeneratorOptions Small = new() { Units = 20, Rounds = 3, Problems = 60, Measures = 300, Appeals = 400, Seed = 7 };

    [Fact]
    public async Task Generated_province_has_the_asked_sizes_every_status_and_a_ledger_the_office_can_read()
    {
        await using var factory = new RectifyFactory();
        factory.CreateClient().Dispose();
        var result = await GenerateAsync(factory, Small);

        Assert.Equal(20, result.Rows["Unit"]);
        Assert.Equal(300, result.Rows["Measure"]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            Assert.Equal(3, await db.Set<Round>().CountAsync());
            Assert.Equal(60, await db.Set<Problem>().CountAsync());
            Assert.Equal(300, await db.Set<Measure>().CountAsync());
            var statuses = await db.Set<Measure>().Select(m => m.Status).Distinct().ToListAsync();
            Assert.Equal(Enum.GetValues<MeasureStatus>().Order(), statuses.Order());
            var kinds = await db.Set<Measure>().Select(m => m.Kind).Distinct().ToListAsync();
            Assert.Equal(Enum.GetValues<MeasureKind>().Order(), kinds.Order());
            Assert.True(await db.Set<CloseOut>().CountAsync() > 0);
            Assert.True(await db.Set<ProgressUpdate>().CountAsync() > 0);
            Assert.Equal(400, await db.Set<Appeal>().CountAsync());
            var states = await db.Set<Appeal>().Select(a => a.State).Distinct().ToListAsync();
            Assert.Superset(new HashSet<AppealState> { AppealState.Declined, AppealState.Closed, AppealState.Assigned, AppealState.ReplyApproved }, states.ToHashSet());
            Assert.True(await db.Set<AppealHandling>().CountAsync(h => h.Round == 2) > 0, "some appeals are reopened and handled again");
            Assert.True(await db.Set<AppealHandling>().CountAsync(h => h.Rating == Rating.NotRated) > 0);
            var paths = await db.Units.Select(u => new { u.Id, u.ParentId, u.Path }).ToListAsync();
            Assert.All(paths, u => Assert.EndsWith($"/{u.Id:N}/", u.Path));
        }

        var office = await SignInAsync(factory, "province-office", result.Password);
        var ledger = await Ledger.GetJson(office, "/api/v1/ledger?pageSize=20");
        Assert.Equal(300, ledger.GetProperty("total").GetInt32());
        Assert.Equal(20, ledger.GetProperty("items").GetArrayLength());
        var month = factory.Clock.GetUtcNow().AddMonths(-1).ToString("yyyy-MM");
        var rates = await Ledger.GetJson(office, $"/api/v1/appeals/rates?month={month}");
        Assert.True(rates.GetProperty("total").GetProperty("figures").GetProperty("assigned").GetInt32() > 0, "last month had appeals assigned");
        var sorted = ledger.GetProperty("items")[0].GetProperty("problemTitle").GetString();
        Assert.False(string.IsNullOrEmpty(sorted));
    }

    [Fact]
    public async Task Generator_refuses_a_database_that_already_has_rounds()
    {
        await using var factory = new RectifyFactory();
        factory.CreateClient().Dispose();
        await GenerateAsync(factory, Small with { Units = 10, Rounds = 1, Problems = 5, Measures = 10 });

        await Assert.ThrowsAsync<InvalidOperationException>(() => GenerateAsync(factory, Small));
    }

    private static async Task<GeneratorResult> GenerateAsync(RectifyFactory factory, GeneratorOptions options)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var generator = ActivatorUtilities.CreateInstance<ProvinceGenerator>(scope.ServiceProvider);
        return await generator.GenerateAsync(options with { Today = factory.Clock.Today() }, TextWriter.Null, CancellationToken.None);
    }

    private static async Task<HttpClient> SignInAsync(RectifyFactory factory, string userName, string password)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Token>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    private sealed record Token(string AccessToken);
}
