namespace Rectify.Features.Documents;

/// <summary>Every message the documents feature can refuse with.</summary>
public static class DocumentsErrors
{
    public const string EmptyReport = "报告内容为空,请重新上传";
    public const string NoFile = "请选择要解析的报告文件(.txt 或 .docx)";
    public const string TooLarge = "报告文件不能超过10 MB";
}
