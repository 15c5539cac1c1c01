using Microsoft.AspNetCore.Mvc;

namespace Rectify.Platform.Web;

/// <summary>Gives the framework's own problem responses (401, 403, 404, 405…) Chinese titles.</summary>
public static class ProblemTitles
{
    public static void Apply(ProblemDetails problem)
    {
        var chinese = problem.Status switch
        {
            400 when problem is HttpValidationProblemDetails => PlatformErrors.Invalid,
            400 => PlatformErrors.BadRequest,
            401 => PlatformErrors.Unauthenticated,
            403 => PlatformErrors.Forbidden,
            404 => PlatformErrors.NotFound,
            405 => "不支持该请求方法",
            413 => PlatformErrors.TooLarge,
            500 => PlatformErrors.Unexpected,
            _ => null,
        };
        if (chinese is null || IsChinese(problem.Title)) return;
        problem.Title = chinese;
        problem.Detail ??= chinese;
    }

    private static bool IsChinese(string? text) => text?.Any(c => c is >= '\u4e00' and <= '\u9fff') == true;
}
