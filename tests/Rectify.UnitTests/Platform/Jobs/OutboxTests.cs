using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.UnitTests.Platform.Jobs;

public class OutboxTests
{
    private static readonly DateTimeOffset At = new(2024, 4, 18, 1, 30, 0, TimeSpan.Zero);

    private static OutboxMessage Message() => new("urging:1|webhook:2", Channel.Webhook, MessageKind.Urging, "【催办】规划科:请加快进度",
        "规划科:\n请于3个工作日内报送进展", "/Supervision/Escalations", At);

    [Fact]
    public void Pauses_grow_and_stop_at_twelve_hours() =>
        Assert.Equal([1, 5, 15, 60, 240, 720, 720], Enumerable.Range(1, 7).Select(n => Backoff.After(n).TotalMinutes));

    [Fact]
    public void Inbox_messages_are_delivered_when_written_and_others_wait()
    {
        var inbox = new OutboxMessage("k|inbox:u", Channel.Inbox, MessageKind.Test, "t", "b", null, At);
        Assert.Equal(DeliveryStatus.Sent, inbox.Status);
        Assert.Equal(At, inbox.SentAt);
        Assert.Equal(DeliveryStatus.Pending, Message().Status);
        Assert.Equal(At, Message().NextAttemptAt);
    }

    [Fact]
    public void WeCom_and_DingTalk_get_markdown_and_our_receivers_json()
    {
        var link = MessageText.AbsoluteLink("/Supervision/Escalations", "https://rectify.example.gov.cn/");
        Assert.Equal("https://rectify.example.gov.cn/Supervision/Escalations", link);
        var wecom = JsonSerializer.SerializeToElement(WebhookBody.For(WebhookKind.WeCom, Message(), link));
        Assert.Equal("markdown", wecom.GetProperty("msgtype").GetString());
        Assert.Equal("### 【催办】规划科：请加快进度\n\n规划科：  \n请于3个工作日内报送进展  \n\n[查看详情](https://rectify.example.gov.cn/Supervision/Escalations)",
            wecom.GetProperty("markdown").GetProperty("content").GetString());
        var ding = JsonSerializer.SerializeToElement(WebhookBody.For(WebhookKind.DingTalk, Message(), link));
        Assert.Equal("【催办】规划科：请加快进度", ding.GetProperty("markdown").GetProperty("title").GetString());
        var json = JsonSerializer.SerializeToElement(WebhookBody.For(WebhookKind.Json, Message(), link));
        Assert.Equal("Urging", json.GetProperty("kind").GetString());
        Assert.Equal("urging:1|webhook:2", json.GetProperty("key").GetString());
        Assert.Equal(link, json.GetProperty("link").GetString());
    }

    [Fact]
    public void DingTalk_signs_the_timestamp_with_the_secret()
    {
        var url = WebhookChannel.DingTalkSigned("https://oapi.dingtalk.com/robot/send?access_token=abc", "SEC123", At);
        var timestamp = At.ToUnixTimeMilliseconds();
        var expected = Convert.ToBase64String(HMACSHA256.HashData("SEC123"u8.ToArray(), Encoding.UTF8.GetBytes($"{timestamp}\nSEC123")));
        Assert.Equal($"https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp={timestamp}&sign={Uri.EscapeDataString(expected)}", url);
    }

    [Fact]
    public void Mail_text_ends_with_the_link_and_the_sender() =>
        Assert.Equal("规划科：\n请于3个工作日内报送进展\n\n查看详情：https://x.cn/Supervision/Escalations\n\n— 整改督办平台", MessageText.Plain(Message(), "https://x.cn"));
}
