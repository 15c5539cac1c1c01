using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Rectify.IntegrationTests.Platform;

/// <summary>Server-Timing (Rectify:Web:ServerTiming): the database's share of an answer, for the bench and the browser's tools; off by default.</summary>
public partial class ServerTimingTests(ServerTimingTests.TimedWorld world, World plain)
    : IClassFixture<ServerTimingTests.TimedWorld>, IClassFixture<World>
{
    public sealed class TimedWorld() : World(new Dictionary<string, string?> { ["Rectify:Web:ServerTiming"] = "true" });

    [Fact]
    public async Task An_answer_states_its_database_time_and_statements_within_its_whole_time()
    {
        var api = await world.As("office");
        var ledger = await api.GetAsync("/api/v1/ledger");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        var timing = Timing().Match(string.Join(",", ledger.Headers.GetValues("Server-Timing")));
        Assert.True(timing.Success);
        var (db, statements, total) = (double.Parse(timing.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(timing.Groups[2].Value),
            double.Parse(timing.Groups[3].Value, CultureInfo.InvariantCulture));
        // The user's scope, the rows and the total at least; each statement from its start until its rows are read.
        Assert.InRange(statements, 3, 40);
        Assert.InRange(db, 0.001, total);

        var office = await PageSession.SignInAsync(world, "office");
        var page = await office.GetRawAsync("/Rounds/Ledger");
        Assert.Matches(Timing(), string.Join(",", page.Headers.GetValues("Server-Timing")));
    }

    [Fact]
    public async Task Without_the_setting_no_answer_tells_its_timings()
    {
        var ledger = await (await plain.As("office")).GetAsync("/api/v1/ledger");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        Assert.False(ledger.Headers.Contains("Server-Timing"));
    }

    [GeneratedRegex("db;dur=([0-9.]+);desc=\"([0-9]+)\", total;dur=([0-9.]+)")]
    private static partial Regex Timing();
}
