using Rectify.Features.Documents.Excel;
using Rectify.Features.Documents.Mappings;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// The fields a 12345 hotline export feeds, and the headers real exports give them (工单号, 诉求人, 来电号码, 问题描述, 问题分类…).
/// A header is compared without spaces, line breaks, a trailing colon or a required-mark (*).
/// </summary>
public static class HotlineColumns
{
    public const string RecordNo = "工单编号";
    public const string CalledAt = "来电时间";
    public const string Enterprise = "企业名称";
    public const string CreditCode = "统一社会信用代码";
    public const string ContactName = "联系人";
    public const string ContactPhone = "联系电话";
    public const string Category = "诉求类别";
    public const string Text = "诉求内容";
    public const string Unit = "承办单位";

    /// <summary>Each field with the headers it is recognised by, its own name first.</summary>
    public static readonly IReadOnlyList<(string Field, string[] Headers)> Known =
    [
        (RecordNo, [RecordNo, "工单号", "编号", "工单编码", "受理编号", "热线编号", "工单流水号"]),
        (CalledAt, [CalledAt, "受理时间", "来电日期", "登记时间", "派单时间", "创建时间", "来电时间（受理时间）"]),
        (Enterprise, [Enterprise, "企业", "诉求企业", "单位名称", "企业（单位）名称", "市场主体名称"]),
        (CreditCode, [CreditCode, "信用代码", "社会信用代码", "统一信用代码", "企业信用代码"]),
        (ContactName, [ContactName, "诉求人", "来电人", "来电人姓名", "联系人姓名", "姓名"]),
        (ContactPhone, [ContactPhone, "来电号码", "联系方式", "电话", "手机号码", "联系号码", "来电电话"]),
        (Category, [Category, "问题分类", "诉求分类", "问题类别", "工单类别", "业务分类", "诉求类型"]),
        (Text, [Text, "问题描述", "来电内容", "诉求描述", "工单内容", "反映内容", "具体诉求"]),
        (Unit, [Unit, "办理单位", "处置单位", "责任单位", "主办单位"]),
    ];

    public static readonly IReadOnlyList<string> Fields = Known.Select(k => k.Field).ToList();

    /// <summary>Fields an import needs; 统一社会信用代码, 诉求类别 (else 其他) and 承办单位 may be missing.</summary>
    public static readonly IReadOnlyList<string> Required = [RecordNo, CalledAt, Enterprise, ContactName, ContactPhone, Text];

    public const string MappingKindName = "hotline";

    /// <summary>Saved mappings of hotline sheets, kept by Documents beside the ledger's.</summary>
    public static readonly SheetMappingKind MappingKind = new(MappingKindName, Fields, []);

    /// <summary>The field a header names, or null.</summary>
    public static string? Recognise(string header)
    {
        var text = Clean(header);
        return text.Length == 0 ? null : Known.FirstOrDefault(k => k.Headers.Contains(text)).Field;
    }

    /// <summary>The headers a field is recognised by, for a message: 工单编号、工单号、编号….</summary>
    public static string HeadersOf(string field) => string.Join("、", Known.First(k => k.Field == field).Headers.Take(4));

    public static string Clean(string header) =>
        SheetHeader.Normalise(header).TrimStart('*', '＊').TrimEnd(':', '：', '*', '＊').Replace("(", "（").Replace(")", "）");
}
