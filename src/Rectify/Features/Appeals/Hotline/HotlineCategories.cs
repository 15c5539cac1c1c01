namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// A hotline's 问题分类 read as our category: our own names, else the first of the words below found in it (a hotline's
/// path such as 营商环境/企业服务/拖欠账款 included); empty is 其他; anything else is refused for the clerk to map.
/// </summary>
public static class HotlineCategories
{
    private static readonly (string Word, AppealCategory Category)[] Words =
    [
        ("拖欠", AppealCategory.OverduePayments), ("欠款", AppealCategory.OverduePayments), ("账款", AppealCategory.OverduePayments),
        ("工程款", AppealCategory.OverduePayments),
        ("收费", AppealCategory.EnterpriseFees),
        ("融资", AppealCategory.Financing), ("贷款", AppealCategory.Financing), ("金融", AppealCategory.Financing),
        ("执法", AppealCategory.LawEnforcement), ("检查", AppealCategory.LawEnforcement), ("处罚", AppealCategory.LawEnforcement),
        ("审批", AppealCategory.ApprovalService), ("政务服务", AppealCategory.ApprovalService), ("证照", AppealCategory.ApprovalService),
        ("办事", AppealCategory.ApprovalService),
        ("要素", AppealCategory.FactorSupply), ("用地", AppealCategory.FactorSupply), ("用电", AppealCategory.FactorSupply),
        ("用水", AppealCategory.FactorSupply), ("用气", AppealCategory.FactorSupply), ("用工", AppealCategory.FactorSupply),
        ("咨询", AppealCategory.PolicyInquiry), ("政策", AppealCategory.PolicyInquiry),
        ("其他", AppealCategory.Other), ("其它", AppealCategory.Other),
    ];

    public static AppealCategory? Read(string text)
    {
        var value = text.Trim();
        if (value.Length == 0) return AppealCategory.Other;
        foreach (var category in Enum.GetValues<AppealCategory>())
            if (category.Label() == value) return category;
        foreach (var (word, category) in Words)
            if (value.Contains(word, StringComparison.Ordinal)) return category;
        return null;
    }
}
