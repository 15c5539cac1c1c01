using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Jobs.Outbox;

/// <summary>
/// Where webhooks may go: the WeCom and DingTalk robot hosts and what the admin lists in
/// Rectify:Messaging:WebhookAllowedHosts (host names, *.suffix, IP addresses or CIDR ranges). Checked when a webhook is
/// saved and again at each connection, after DNS: private, loopback and link-local addresses are refused unless listed
/// as addresses, and the socket connects to the address that was checked, so a second DNS answer cannot redirect it.
/// </summary>
public sealed class WebhookAddresses(IOptions<RectifyOptions> options)
{
    /// <summary>The group robots' own hosts, always allowed.</summary>
    public static readonly string[] RobotHosts = ["qyapi.weixin.qq.com", "oapi.dingtalk.com"];

    public const string NotAllowed = "接收地址不在系统允许的范围内，请联系系统管理员在配置项 Rectify:Messaging:WebhookAllowedHosts 中加入该地址";
    public const string Internal = "接收地址解析为内网、本机或链路本地地址，且未在允许范围内，已拒绝发送";

    private IEnumerable<string> Listed => RobotHosts.Concat(options.Value.Messaging.WebhookAllowedHosts.Select(h => h.Trim().ToLowerInvariant()));

    /// <summary>The address's host is listed (by name, by suffix, or as an address in a listed range).</summary>
    public bool HostAllowed(Uri url) => HostAllowed(url.IdnHost);

    public bool HostAllowed(string name)
    {
        var host = name.Trim('[', ']').ToLowerInvariant();
        if (IPAddress.TryParse(host, out var ip)) return Listed.Any(entry => Covers(entry, ip));
        return Listed.Any(entry => entry == host || (entry.StartsWith("*.", StringComparison.Ordinal) && host.EndsWith(entry[1..], StringComparison.Ordinal)));
    }

    /// <summary>A resolved address may be connected to: public, or listed as an address or range.</summary>
    public bool AddressAllowed(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        return Listed.Any(entry => Covers(entry, ip)) || !IsInternal(ip);
    }

    /// <summary>Refuses an address whose host is not listed or resolves to no address that may be connected to.</summary>
    public async Task CheckAsync(Uri url, CancellationToken ct)
    {
        if (!HostAllowed(url)) throw new InvalidOperationException(NotAllowed);
        var addresses = await Dns.GetHostAddressesAsync(url.IdnHost.Trim('[', ']'), ct);
        if (!addresses.Any(AddressAllowed)) throw new InvalidOperationException(Internal);
    }

    /// <summary>The connection callback of the webhook client: resolve, check, connect to the checked address.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endPoint = context.DnsEndPoint;
        if (!HostAllowed(endPoint.Host)) throw new HttpRequestException(NotAllowed);
        var addresses = await Dns.GetHostAddressesAsync(endPoint.Host, ct);
        var checkedAddress = addresses.FirstOrDefault(AddressAllowed) ?? throw new HttpRequestException(Internal);
        var socket = new Socket(checkedAddress.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(checkedAddress, endPoint.Port), ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static bool IsInternal(IPAddress ip)
    {
        if (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)) return true;
        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
            return ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6Multicast || (ip.GetAddressBytes()[0] & 0xFE) == 0xFC;
        var b = ip.GetAddressBytes();
        return b[0] is 10 or 0 or >= 224
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    private static bool Covers(string entry, IPAddress ip)
    {
        if (IPNetwork.TryParse(entry, out var network)) return network.Contains(ip);
        return IPAddress.TryParse(entry, out var listed) && listed.Equals(ip);
    }
}
