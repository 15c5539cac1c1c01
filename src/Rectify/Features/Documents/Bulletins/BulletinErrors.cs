namespace Rectify.Features.Documents.Bulletins;

/// <summary>Every message the bulletins can refuse with.</summary>
public static class BulletinErrors
{
    public const string NotForStaff = "整改通报涵盖整个轮次，只有整改办、分管领导和巡察人员可以生成";
    public const string PdfUnavailable = "本机未安装LibreOffice，暂不能生成PDF，请下载Word版";
    public const string PdfFailed = "PDF转换失败，请稍后重试或下载Word版";
    public const string UnknownFormat = "不支持的格式，请选择docx、pdf或html";
    public const string EmptyParagraph = "段落内容不能为空；如要恢复自动生成的文字，请点“恢复自动生成”";
    public const string ParagraphTooLong = "段落不能超过5000字";
    public const string UnknownParagraph = "没有这一段，请刷新页面后重试";
    public const string IssuedNotFound = "没有这一期通报";
    public const string IssueDateInFuture = "成文日期不能晚于今天";
    public const string NotForIssuing = "只有本轮次的整改办可以印发通报";
}
