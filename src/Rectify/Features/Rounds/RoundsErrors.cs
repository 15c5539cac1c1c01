namespace Rectify.Features.Rounds;

/// <summary>Every message the rounds feature can refuse with.</summary>
public static class RoundsErrors
{
    public const string RoundNotFound = "未找到该轮次，可能已被删除或您无权查看";
    public const string SectionNotFound = "未找到该方面/类别";
    public const string ProblemNotFound = "未找到该问题，可能已被删除或您无权查看";
    public const string LedgerCursorInvalid = "翻页位置无效，请从第一页重新翻页";
    public const string LedgerCursorOtherOrder = "翻页位置与当前排序方式不符，请从第一页重新翻页";
    public const string MeasureNotFound = "未找到该整改措施，可能已被删除或您无权查看";
    public const string EvidenceNotFound = "未找到该佐证材料，或您无权下载";
    public const string UnitNotFound = "未找到所选单位";
    public const string UnitOutOfScope = "所选单位不在您的管辖范围内";
    public const string UnitSearchTooLong = "查找单位时最多输入50个字";
    public const string RoundSearchTooLong = "查找轮次时最多输入50个字";

    public static string SourceImported(Structure.RoundSource source, string day, string title) =>
        $"该{(source == Structure.RoundSource.Sheet ? "表格" : "报告")}已于{day}导入为《{title}》";

    public static string SameTitle(string day, string title) =>
        $"该被巡察单位已有同名轮次《{title}》，创建于{day}";
    public const string NotYourRound = "该轮次不在您的管辖范围内";
    public const string NotYourMeasure = "该整改措施不属于您的单位，不能填报";
    public const string OnlyResponsibleUnitRequests = "只有责任单位可以申请销号，配合单位只能填报进展";

    public const string NarrativeTooLong = "整改工作组织情况、下步工作打算和联系方式每项不能超过20000字";

    public const string StayEndsBeforeStart = "进驻结束日期不能早于开始日期";
    public const string FeedbackBeforeStay = "反馈日期不能早于进驻开始日期";
    public const string SectionParentOtherRound = "上级方面不属于本轮次";
    public const string SectionCycle = "不能把方面移到它自己的下级";
    public const string SectionNotEmpty = "该方面下还有问题或下级方面，请先移走或删除";
    public const string ProblemHasProgress = "该问题下已有措施填报进展，不能删除";
    public const string MeasureHasProgress = "该措施已有进展记录，不能删除";
    public const string VersionRequired = "请提交您看到的版本号（version），以免覆盖他人的修改";

    public const string LongTermHasNoTimeLimit = "长期坚持的措施不设完成时限";
    public const string DatedNeedsTimeLimit = "限期整改的措施必须设定完成时限（日期或工作日数）";
    public const string TimeLimitBeforeStart = "完成时限不能早于起始日期";
    public const string WorkingDaysOutOfRange = "工作日数应在1到1000之间";
    public const string WorkingDaysNeedStart = "按工作日计算时限时须有起始日期（措施起始日期或本轮反馈日期）";

    public const string ProgressOnClosed = "该措施已销号，不能再填报进展";
    public const string ProgressWhileRequested = "该措施已申请销号、正在审核，审核完成前不能填报进展";
    public const string PercentOutOfRange = "完成进度应在0到100之间";
    public const string ProgressInFuture = "进展日期不能晚于今天";
    public const string ProgressTextRequired = "请填写整改进展情况";
    public const string CloseOutNeedsProgress = "尚未填报进展，不能申请销号";
    public const string CloseOutNeedsEvidence = "申请销号前请先上传佐证材料";
    public const string CloseOutAlreadyRequested = "该措施已申请销号，正在等待审核";
    public const string CloseOutOnClosed = "该措施已销号，无需再次申请";
    public const string NoPendingCloseOut = "该措施没有待审核的销号申请";
    public const string StageResultOnlyLongTerm = "只有长期坚持的措施可以认定为取得阶段性成效";
    public const string ReturnNeedsReason = "退回时请写明理由";
    public const string ReopenNeedsReason = "重新打开时请写明理由（如回头看发现反弹）";
    public const string CloseOutNeedsNote = "申请销号时请填写完成情况说明";
    public const string CloseOutNoteTooLong = "完成情况说明不能超过2000字";
    public const string ReasonTooLong = "理由不能超过1000字";
    public const string ReopenReasonTooLong = "重新打开的理由不能超过1000字";
    public const string BatchEmpty = "请至少选择一条待审核的销号申请";
    public const string BatchTooLarge = "一次最多批量销号100条";
    public const string BatchApproved = "已销号";
    public const string BatchConflict = "该措施刚被他人处理，请刷新后查看";
    public const string ProgressTextTooLong = "进展情况不能超过4000字";
    public const string LabelTooLong = "措施序号不能超过20字";
    public const string PersonTooLong = "领导和责任人姓名每项不能超过50字";
    public const string ReopenOnlySettled = "只有已销号或取得阶段性成效的措施可以重新打开";

    public const string FileTypeRefused = "只能上传 PDF、OFD、DOCX、XLSX、JPG、PNG 格式的文件，且文件内容须与扩展名一致";
    public const string FileEmpty = "上传的文件是空的";
    public const string NoFile = "请选择要上传的文件";
    public const string FileTooLarge = "文件超过大小限制（{0} MB）";
}
