namespace Rectify.Features.Appeals;

/// <summary>How an appeal reached the office (来源渠道).</summary>
public enum AppealChannel
{
    Call,
    Visit,
    Hotline12345,
    MessageBoard,
    DirectLine,
    MonitoringPoint,
    SecretVisit,
    Media,
    PublicForm,
    OtherSystem,
}

public static class AppealChannelNames
{
    public static string Label(this AppealChannel channel) => channel switch
    {
        AppealChannel.Call => "来电",
        AppealChannel.Visit => "来访",
        AppealChannel.Hotline12345 => "12345热线",
        AppealChannel.MessageBoard => "城市留言板",
        AppealChannel.DirectLine => "政企直通车",
        AppealChannel.MonitoringPoint => "营商环境监测点",
        AppealChannel.SecretVisit => "暗访",
        AppealChannel.Media => "媒体反映",
        AppealChannel.PublicForm => "网上提交",
        AppealChannel.OtherSystem => "系统对接",
        _ => channel.ToString(),
    };
}
