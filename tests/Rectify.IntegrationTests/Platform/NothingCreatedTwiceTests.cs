using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Platform;

/// <summary>A double submit of a form, or a retried API call, creates the thing once and answers as the first time.</summary>
public partial class NothingCreatedTwiceTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Two_quick_submits_of_the_new_round_form_create_one_round_and_both_land_on_it()
    {
        var office = await PageSession.SignInAsync(world, "office");
        var (_, form) = await office.GetAsync("/Rounds/Create");
        var key = KeyPattern().Match(form).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", key);
        var title = "市委第六巡察组反馈意见整改（重复提交）";
        Dictionary<string, string> Fields() => new()
        {
            ["Form.Title"] = title,
            ["Form.Kind"] = "Patrol",
            ["Form.InspectingBody"] = "市委第六巡察组",
            ["Form.InspectedUnitId"] = world.Commission.Id.ToString(),
            ["Form.FeedbackDate"] = "2024-03-01",
            ["__IdempotencyKey"] = key,
        };

        var submits = await Task.WhenAll(office.PostAsync("/Rounds/Create", Fields()), office.PostAsync("/Rounds/Create", Fields()));

        Assert.All(submits, s => Assert.Equal(HttpStatusCode.Redirect, s.StatusCode));
        Assert.Equal(submits[0].Headers.Location, submits[1].Headers.Location);
        Assert.Equal(1, await RoundsTitledAsync(title));
    }

    [Fact]
    public async Task A_retried_api_call_with_the_same_key_gets_the_first_answer_and_creates_nothing_more()
    {
        var office = await world.As("office");
        var title = "市委第七巡察组反馈意见整改（接口重试）";
        // A new key is a new request: a second round of the same title then needs the office's explicit choice.
        HttpRequestMessage Request(string key, bool allowDuplicate = false) => new(HttpMethod.Post, "/api/v1/rounds" + (allowDuplicate ? "?allowDuplicate=true" : ""))
        {
            Content = JsonContent.Create(new { kind = "Patrol", title, inspectingBody = "市委第七巡察组", inspectedUnitId = world.Commission.Id }),
            Headers = { { "Idempotency-Key", key } },
        };

        var first = await office.SendAsync(Request("oa-2024-000123"));
        var retried = await office.SendAsync(Request("oa-2024-000123"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retried.Content.ReadAsStringAsync());
        Assert.Equal("true", retried.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await RoundsTitledAsync(title));

        Assert.Equal(HttpStatusCode.Conflict, (await office.SendAsync(Request("oa-2024-000124"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await office.SendAsync(Request("oa-2024-000125", allowDuplicate: true))).StatusCode);
        Assert.Equal(2, await RoundsTitledAsync(title));
    }

    [Fact]
    public async Task A_refused_request_leaves_its_key_free_for_the_corrected_one()
    {
        var office = await world.As("office");
        var title = "市委第八巡察组反馈意见整改（先错后改）";
        HttpRequestMessage Request(string inspectingBody) => new(HttpMethod.Post, "/api/v1/rounds")
        {
            Content = JsonContent.Create(new { kind = "Patrol", title, inspectingBody, inspectedUnitId = world.Commission.Id }),
            Headers = { { "Idempotency-Key", "retry-after-fix" } },
        };

        Assert.Equal(HttpStatusCode.BadRequest, (await office.SendAsync(Request(""))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await office.SendAsync(Request("市委第八巡察组"))).StatusCode);
        Assert.Equal(1, await RoundsTitledAsync(title));
    }

    [Fact]
    public async Task Two_quick_submits_of_a_refused_request_are_both_refused_with_the_same_message()
    {
        var office = await world.As("office");
        HttpRequestMessage Request() => new(HttpMethod.Post, "/api/v1/rounds")
        {
            Content = JsonContent.Create(new { kind = "Patrol", title = "市委第十一巡察组反馈意见整改（两次都错）", inspectingBody = "", inspectedUnitId = world.Commission.Id }),
            Headers = { { "Idempotency-Key", "refused-twice" } },
        };

        var answers = await Task.WhenAll(office.SendAsync(Request()), office.SendAsync(Request()));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        var messages = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Equal(ErrorsOf(messages[0]), ErrorsOf(messages[1]));
    }

    [Fact]
    public async Task A_repeat_waiting_on_a_first_request_that_was_refused_meets_the_same_refusal_not_a_conflict()
    {
        var office = await world.As("office");
        var ct = TestContext.Current.CancellationToken;
        Guid officeId;
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            officeId = (await db.Users.SingleAsync(u => u.UserName == "office", ct)).Id;
            // The first request is still running: its claim is there, unanswered.
            db.Add(new Rectify.Platform.Web.Idempotency.IdempotentRequest(officeId, "first-refused", "POST /api/v1/rounds", world.Factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
        var repeat = office.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/rounds")
        {
            Content = JsonContent.Create(new { kind = "Patrol", title = "市委第十二巡察组反馈意见整改（等待中）", inspectingBody = "", inspectedUnitId = world.Commission.Id }),
            Headers = { { "Idempotency-Key", "first-refused" } },
        }, ct);
        await Task.Delay(700, ct);
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            // The first is refused: the middleware forgets its key.
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            await db.Set<Rectify.Platform.Web.Idempotency.IdempotentRequest>().Where(r => r.UserId == officeId && r.Key == "first-refused").ExecuteDeleteAsync(ct);
        }

        var answer = await repeat;

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.DoesNotContain("仍在处理中", await answer.Content.ReadAsStringAsync(ct));
    }

    private static string ErrorsOf(string problem) => Regex.Replace(problem, "\"traceId\":\"[^\"]*\"", "");

    [Fact]
    public async Task A_claim_left_unanswered_by_a_crash_frees_its_key_after_five_minutes()
    {
        var office = await world.As("office");
        var title = "市委第十巡察组反馈意见整改（崩溃后重试）";
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            var officeId = (await db.Users.SingleAsync(u => u.UserName == "office", TestContext.Current.CancellationToken)).Id;
            db.Add(new Rectify.Platform.Web.Idempotency.IdempotentRequest(officeId, "crashed-once", "POST /api/v1/rounds", world.Factory.Clock.GetUtcNow().AddMinutes(-6)));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var response = await office.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/rounds")
        {
            Content = JsonContent.Create(new { kind = "Patrol", title, inspectingBody = "市委第十巡察组", inspectedUnitId = world.Commission.Id }),
            Headers = { { "Idempotency-Key", "crashed-once" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await RoundsTitledAsync(title));
    }

    [Fact]
    public async Task A_key_longer_than_100_characters_is_refused_in_Chinese()
    {
        var office = await world.As("office");
        var response = await office.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/rounds")
        {
            Content = JsonContent.Create(new { kind = "Patrol", title = "超长标识", inspectingBody = "市委第九巡察组", inspectedUnitId = world.Commission.Id }),
            Headers = { { "Idempotency-Key", new string('k', 101) } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能超过100个字符", await response.Content.ReadAsStringAsync());
    }

    private async Task<int> RoundsTitledAsync(string title)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        return await db.Set<Round>().CountAsync(r => r.Title == title, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__IdempotencyKey\" type=\"hidden\" value=\"([0-9a-f]+)\"")]
    private static partial Regex KeyPattern();
}
