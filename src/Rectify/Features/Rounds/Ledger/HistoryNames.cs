using Rectify.Platform.Calendar;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>The history's entity, field and value names in the words users read.</summary>
public static class HistoryNames
{
    public static string Entity(string type) => type switch
    {
        nameof(Measure) => "措施", nameof(ProgressUpdate) => "进展", nameof(Evidence) => "佐证材料", nameof(CloseOut) => "销号申请",
        nameof(MeasureCooperatingUnit) => "配合单位", nameof(Round) => "轮次", nameof(Section) => "方面", nameof(Problem) => "问题",
        "LookBack" => "回头看", "EscalationItem" => "督办（催办、约谈、移交）", _ => type,
    };

    /// <summary>The user's name for a field, or null for internal fields (ids, hashes, timestamps) the history hides.</summary>
    public static string? Field(string field) => field switch
    {
        "Status" => "状态", "Text" => "内容", "Label" => "编号", "Kind" => "类型", "LeadLeader" => "牵头领导",
        "ResponsibleLeader" => "责任领导", "ResponsibleUnitId" => "责任单位", "ResponsiblePerson" => "责任人",
        "TimeLimit" => "完成时限", "StartDate" => "起始日期", "TimeLimitWorkingDays" => "工作日数", "LatestPercent" => "完成进度",
        "LatestProgressOn" => "最近进展日期", "LatestProgressText" => "最近进展", "ReturnReason" => "退回理由", "ReopenReason" => "重新打开理由",
        "CloseOutRequestedOn" => "申请销号日期", "CloseOutEvidenceOptional" => "申请销号可不上传佐证材料", "ClosedOn" => "销号日期",
        "Percent" => "完成进度", "On" => "进展日期", "FileName" => "文件名", "Size" => "大小", "Note" => "说明", "Decision" => "审核结果",
        "Reason" => "理由", "UnitId" => "单位", "ReportedBy" => "填报人", "UploadedBy" => "上传人",
        "RequestedBy" => "申请人", "DecidedBy" => "审核人", "Title" => "标题", "Feedback" => "反馈原文", "LevelName" => "层级名称",
        "InspectingBody" => "巡视巡察组", "CampaignName" => "轮次名称", "Topic" => "专项主题", "StayStart" => "进驻开始",
        "StayEnd" => "进驻结束", "FeedbackDate" => "反馈日期", "PublishedDate" => "发布日期", "Issuer" => "发文单位",
        "FirstResponsible" => "第一责任人", "OrganisationText" => "整改工作组织情况", "NextStepsText" => "下步工作打算",
        "ContactText" => "联系方式", "DueSoonDays" => "临期提醒天数", "LaggingMargin" => "滞后判定幅度",
        "ProgressPeriodMonths" => "长期措施报送周期（月）", "LookBackMonths" => "回头看时间（月）", "DueOn" => "回头看日期",
        "State" => "回头看结果", "Finding" => "情况说明", "ReviewedBy" => "回头看人", "EscalationId" => "督办记录", _ => null,
    };

    public static string? Value(string field, string? value) => (field, value) switch
    {
        (_, null) => null,
        ("Status", _) when Enum.TryParse<MeasureStatus>(value, out var s) => s.Label(),
        ("Kind", _) when Enum.TryParse<MeasureKind>(value, out var k) && Enum.IsDefined(k) => k.Label(),
        ("Kind", _) when Enum.TryParse<RoundKind>(value, out var r) && Enum.IsDefined(r) => r.Label(),
        ("Decision", _) when Enum.TryParse<CloseOutDecision>(value, out var d) => d switch
        {
            CloseOutDecision.Approved => "同意销号", CloseOutDecision.StageResult => "取得阶段性成效", CloseOutDecision.Returned => "退回", _ => "待审核",
        },
        ("CloseOutEvidenceOptional", _) when bool.TryParse(value, out var optional) => optional ? "是" : "否",
        ("Kind", "AfterCloseOut") => "销号后回头看",
        ("Kind", "RoundReview") => "轮次回头看",
        ("State", "Pending") => "待回头看",
        ("State", "Held") => "成效巩固",
        ("State", "Rebounded") => "发现反弹",
        ("State", "Cancelled") => "已取消",
        (_, "True") => "是",
        (_, "False") => "否",
        _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date) => date.ToChinese(),
        _ when value.Length > 19 && value[10] == 'T' && DateTimeOffset.TryParse(value, out var at) => at.ToChinese(),
        _ => value,
    };
}
