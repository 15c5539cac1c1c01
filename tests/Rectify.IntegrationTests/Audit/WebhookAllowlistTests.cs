using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Rectify.IntegrationTests.Messaging;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.IntegrationTests.Audit;

/// <summary>A world whose admin allows only one outside host, and "localhost" by name (not as an address).</summary>
public sealed class AllowlistWorld() : World(new Dictionary<string, string?>
{
    ["Rectify:Messaging:WebhookAllowedHosts:0"] = "hooks.example.gov.cn",
    ["Rectify:Messaging:WebhookAllowedHosts:1"] = "localhost",
});

/// <summary>Webhooks reach only hosts the admin allows, never an internal address by a listed name, and never show the reply.</summary>
public class WebhookAllowlistTests(AllowlistWorld world) : IClassFixture<AllowlistWorld>
{
    [Fact]
    public async Task A_webhook_to_an_unlisted_host_is_refused_when_saved()
    {
        var admin = await world.As("admin");
        var refused = await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "外部系统", kind = "Json", url = "https://collector.example.com/hook", unitId = world.Planning.Id });
        var metadata = await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "元数据", kind = "Json", url = "http://169.254.169.254/latest", unitId = world.Planning.Id });
        var listed = await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "督办系统", kind = "Json", url = "https://hooks.example.gov.cn/rectify", unitId = world.Planning.Id });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(WebhookAddresses.NotAllowed, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, metadata.StatusCode);
        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
    }

    [Fact]
    public async Task A_listed_name_that_resolves_to_loopback_is_not_connected_to()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var admin = await world.As("admin");
        var hook = await Ledger.Id(await admin.PostAsJsonAsync("/api/v1/admin/webhooks",
            new { name = "本机接收", kind = "Json", url = $"http://localhost:{port}/hook", unitId = world.Planning.Id }));
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/admin/webhooks/{hook}/test", null)).StatusCode);

        await MessageSteps.SendAsync(world.Factory);

        Assert.False(listener.Pending());
        var error = await MessageSteps.InDb(world.Factory, db => db.Set<OutboxMessage>().Where(m => m.WebhookId == hook).Select(m => m.LastError).SingleAsync());
        Assert.Equal(WebhookAddresses.Internal, error);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.3.4.5", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.10", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("203.0.113.20", false)]
    [InlineData("2001:db8::1", false)]
    public void Internal_addresses_are_told_apart_from_public_ones(string address, bool isInternal)
    {
        var ip = IPAddress.Parse(address);
        Assert.Equal(isInternal, WebhookAddresses.IsInternal(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip));
    }
}
