namespace Rectify.Features.Appeals;

/// <summary>What the appeal is about (诉求类别).</summary>
public enum AppealCategory
{
    PolicyInquiry,
    ApprovalService,
    Financing,
    FactorSupply,
    LawEnforcement,
    OverduePayments,
    EnterpriseFees,
    Other,
}

public static class AppealCategoryNames
{
    public static string Label(this AppealCategory category) => category switch
    {
        AppealCategory.PolicyInquiry => "政策咨询",
        AppealCategory.ApprovalService => "审批服务",
        AppealCategory.Financing => "融资",
        AppealCategory.FactorSupply => "要素保障",
        AppealCategory.LawEnforcement => "执法检查",
        AppealCategory.OverduePayments => "拖欠账款",
        AppealCategory.EnterpriseFees => "涉企收费",
        AppealCategory.Other => "其他",
        _ => category.ToString(),
    };
}
