namespace Rectify.Features.Appeals;

/// <summary>Every message the appeals feature can refuse with.</summary>
public static class AppealErrors
{
    public const string AppealNotFound = "未找到该诉求，可能已被删除或您无权查看";
    public const string UnitNotChosen = "请选择单位（在单位框中输入名称查找后点选）";
    public const string RoundNotChosen = "请选择整改轮次（在轮次框中输入标题查找后点选）";
    public const string UnitNotFound = "未找到所选单位";
    public const string UnitOutOfScope = "所选单位不在您的管辖范围内";
    public const string NotYourAppeal = "该诉求未交办给您的单位，不能办理";

    public const string EnterpriseRequired = "请填写企业名称";
    public const string CreditCodeInvalid = "统一社会信用代码不正确：应为18位，且末位校验码与前17位相符";
    public const string ContactNameRequired = "请填写联系人";
    public const string ContactPhoneInvalid = "请填写正确的联系电话（7至20位数字，可含“-”）";
    public const string TitleRequired = "请填写诉求标题";
    public const string TextRequired = "请填写诉求内容";

    public const string AcceptOnlySubmitted = "只有待受理的诉求可以受理或不予受理";
    public const string DeclineNeedsReason = "不予受理须说明理由";
    public const string AssignNotNow = "只有已受理、已退回或重办的诉求可以交办";
    public const string MajorNeedsDays = "重大诉求的办理时限由领导小组统筹确定，请填写工作日数";
    public const string DaysOutOfRange = "办理时限应为1至250个工作日";
    public const string ReturnOnlyAssigned = "只有已交办、尚未答复的诉求可以退回";
    public const string ReturnNeedsReason = "退回须说明理由（如不属于本单位职责）";
    public const string TransferOnlyAssigned = "只有已交办、尚未答复的诉求可以申请转办";
    public const string TransferNeedsReason = "申请转办须说明理由";
    public const string TransferToSameUnit = "转办的单位不能是当前承办单位";
    public const string NoTransferRequested = "该诉求没有待处理的转办申请";
    public const string ReplyOnlyAssigned = "只有已交办的诉求可以答复";
    public const string ReplyNeedsText = "请填写答复内容：做了什么、结果如何";
    public const string CheckOnlyReplied = "只有已答复待审核的诉求可以审核";
    public const string SendBackNeedsReason = "退回重答须说明理由（如仅引用政策条文，未解决企业问题）";
    public const string FollowUpNotNow = "答复审核通过后才能回访";
    public const string FollowUpNeedsNote = "请填写回访情况";
    public const string RateOnlyAfterReply = "答复审核通过后才能评价";
    public const string RateNotRatedByHand = "“未评价”由系统在评价期满后记录，不能手工选择";
    public const string ConsultOnlyDifficult = "只有难点诉求需要会商记录";
    public const string ConsultNotNow = "诉求办结、退回或尚未交办时不能记录会商";
    public const string ConsultNeedsParticipants = "会商记录须列明参加单位及各自承担的事项";
    public const string ConsultDutyRequired = "请写明每个参加单位承担的事项";
    public const string RaiseNotDeclined = "不予受理的诉求不能立项督办";
    public const string AlreadyRaised = "该诉求已立项督办";
    public const string RaiseTooMany = "一次最多将50件诉求合并立项督办";
    public const string RaiseTitleRequired = "请填写立项督办的问题";
    public const string MonthInvalid = "月份格式不正确，应为“2026-11”这样的年和月";
    public const string MonthInFuture = "该月份尚未开始，不能统计";
    public const string ExternalIdTooLong = "外部编号不能超过64个字符";

    public const string HotlineNoFile = "请选择要导入的12345热线工单文件（.xlsx）";
    public const string HotlineTooLarge = "12345热线工单文件不能超过{0}，请拆分后分批导入";
    public const string HotlineHasErrors = "热线工单表中有{0}处错误，未导入任何工单；请修改后重新上传，或勾选“仅导入无误的行”";
    public const string HotlineNoRows = "表头下没有热线工单";
    public const string HotlineNoHeader = "前20行中未找到热线工单的表头行（应有工单编号、诉求内容等列），请填写表头所在行和列对应关系";
    public const string HotlineHeaderRowOutside = "表头所在行超出了表格的范围";
    public const string HotlineUnknownField = "没有“{0}”这一项，无法对应";
    public const string HotlineColumnMissing = "表头行中找不到“{0}”列（对应“{1}”）";
    public const string HotlineMissingColumn = "缺少“{0}”列（表头可写{1}等），请在列对应关系中指定";
    public const string HotlineRecordTwice = "工单编号与第{0}行重复";
    public const string HotlineEmpty = "{0}为空";
    public const string HotlineTooLong = "{0}不能超过{1}字";
    public const string HotlineUnknownCategory = "诉求类别无法识别（应为政策咨询、审批服务、融资、要素保障、执法检查、拖欠账款、涉企收费或其他）";
    public const string HotlineBadTime = "来电时间无法识别（可写2026-11-20 09:31、2026/11/20 9:31、2026年11月20日）";
    public const string HotlineTimeInFuture = "来电时间晚于当前时间";
    public const string HotlineUnknownUnit = "承办单位不存在或不在本单位范围内";
    public const string HotlineRaced = "另一次导入正在写入相同的工单，请稍后重新导入（已导入的工单会自动跳过）";

    public const string TooManyFiles = "一次最多上传{0}个附件";
    public const string NoMaterial = "请选择要补充的材料文件";
    public const string MaterialOnlyOpen = "该诉求已办结或不予受理，不能再补充材料";
    public const string MaterialFull = "每件诉求的企业材料最多{0}个，已有{1}个";
    public const string FileEmpty = "上传的文件是空的";
    public const string FileTooLarge = "文件超过大小限制（{0}）";
    public const string FileTypeRefused = "只能上传 PDF、OFD、DOCX、XLSX、JPG、PNG 格式的文件，且文件内容须与扩展名一致";
    public const string AttachmentNotFound = "未找到该附件，可能已被删除或您无权查看";
}
