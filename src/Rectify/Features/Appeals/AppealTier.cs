namespace Rectify.Features.Appeals;

/// <summary>How hard the appeal is; sets its time limit (一般问题快速办理, 难点问题会商办理, 重大问题统筹决策).</summary>
public enum AppealTier
{
    General,
    Difficult,
    Major,
}

public static class AppealTierNames
{
    public static string Label(this AppealTier tier) => tier switch
    {
        AppealTier.General => "一般",
        AppealTier.Difficult => "难点",
        AppealTier.Major => "重大",
        _ => tier.ToString(),
    };
}
