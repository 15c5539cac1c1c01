namespace Rectify.Features.Appeals;

/// <summary>好差评 on the national five grades, and 未评价 when none came in time (never counted as satisfied).</summary>
public enum Rating
{
    VerySatisfied,
    Satisfied,
    Basic,
    Dissatisfied,
    VeryDissatisfied,
    NotRated,
}

public static class RatingNames
{
    public static string Label(this Rating rating) => rating switch
    {
        Rating.VerySatisfied => "非常满意",
        Rating.Satisfied => "满意",
        Rating.Basic => "基本满意",
        Rating.Dissatisfied => "不满意",
        Rating.VeryDissatisfied => "非常不满意",
        Rating.NotRated => "未评价",
        _ => rating.ToString(),
    };

    /// <summary>不满意 and 非常不满意 reopen the appeal (重办).</summary>
    public static bool Reopens(this Rating rating) => rating is Rating.Dissatisfied or Rating.VeryDissatisfied;

    /// <summary>满意率 counts 非常满意, 满意 and 基本满意; 未评价 never.</summary>
    public static bool IsSatisfied(this Rating rating) => rating is Rating.VerySatisfied or Rating.Satisfied or Rating.Basic;
}
