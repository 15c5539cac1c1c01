namespace Rectify.Features.Documents;

/// <summary>Every message the documents feature can refuse with.</summary>
public static class DocumentsErrors
{
    public const string EmptyReport = "报告内容为空，请重新上传";
    public const string NoFile = "请选择要解析的报告文件（.txt 或 .docx）";
    public const string TooLarge = "报告文件不能超过10 MB";

    public const string NoSheet = "请选择要导入的台账文件（.xlsx）";
    public const string SheetTooLarge = "台账文件不能超过40 MB";
    public const string NotASheet = "无法读取该文件，请上传 Excel 工作簿（.xlsx）";
    public const string SheetHasErrors = "台账中有 {0} 处错误，未导入任何内容，请修改后重新上传";
    public const string NoHeader = "未找到表头行（应有“具体问题”和“整改措施”两列）";
    public const string MissingColumn = "缺少“{0}”列";
    public const string NoMeasures = "表头下没有整改措施";
    public const string ProblemEmpty = "具体问题为空";
    public const string MeasureEmpty = "整改措施为空";
    public const string UnknownKind = "措施类型无法识别（应为立行立改、限期整改或长期坚持）";
    public const string BadDate = "完成时限不是有效日期（应为 2024年5月31日 或 2024-05-31）";
    public const string DatedNeedsTimeLimit = "限期整改的措施缺少完成时限";
    public const string LongTermHasNoTimeLimit = "长期坚持的措施不设完成时限";
    public const string UnknownResponsibleUnit = "责任单位“{0}”不存在或不在本单位范围内";
    public const string UnknownCooperatingUnit = "配合单位“{0}”不存在或不在本单位范围内";
    public const string TooLong = "{0}不能超过{1}字";

    public const string HeaderRowOutside = "表头所在行超出了表格的范围";
    public const string MappedHeaderNotFound = "前20行中没有一行同时含有所对应的各列，请填写表头所在行";
    public const string UnknownField = "没有“{0}”这一项，无法对应";
    public const string MappedColumnMissing = "表头行中找不到“{0}”列（对应“{1}”）";
    public const string MappingMissing = "请为“{0}”选择对应的列";
    public const string MappingUnreadable = "列对应关系的格式不正确";
    public const string StaleMeasure = "该措施在导出后已被他人修改（导出时为第{0}版，现为第{1}版），为免覆盖他人的修改，请重新导出后再改";
    public const string MeasureTwice = "该措施在表中出现了不止一次";

    public const string MappingNotFound = "未找到该列对应模板，可能已被删除或您无权使用";
    public const string MappingNameTaken = "已有同名的列对应模板，请换一个名称";
    public const string MappingNameRequired = "请填写模板名称";
    public const string MappingNameTooLong = "模板名称不能超过50字";
    public const string MappingKindUnknown = "没有这种列对应模板（应为台账 ledger 或12345热线 hotline）";

    public const string JobNotFound = "未找到该导入任务，可能已过期或不是您发起的";
}
