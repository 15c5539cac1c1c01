namespace Rectify.Features.Documents.Bulletins;

/// <summary>Every message the bulletins can refuse with.</summary>
public static class BulletinErrors
{
    public const string NotForStaff = "整改通报涵盖整个轮次,只有整改办、分管领导和巡察人员可以生成";
    public const string PdfUnavailable = "本机未安装 LibreOffice,暂不能生成 PDF,请下载 Word 版";
    public const string PdfFailed = "PDF 转换失败,请稍后重试或下载 Word 版";
    public const string UnknownFormat = "不支持的格式,请选择 docx、pdf 或 html";
}
