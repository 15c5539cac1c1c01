namespace Rectify.Features.Rounds;

public enum RoundKind
{
    Inspection,
    Patrol,
    SpecialPatrol,
    Audit,
    Supervision,
    SelfExamination,
    ThirdPartyAssessment,
}

public static class RoundKindNames
{
    public static string Label(this RoundKind kind) => kind switch
    {
        RoundKind.Inspection => "巡视",
        RoundKind.Patrol => "巡察",
        RoundKind.SpecialPatrol => "专项巡察",
        RoundKind.Audit => "审计",
        RoundKind.Supervision => "督查",
        RoundKind.SelfExamination => "自查",
        RoundKind.ThirdPartyAssessment => "第三方评估",
        _ => kind.ToString(),
    };
}
