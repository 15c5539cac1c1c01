using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Security;

/// <summary>
/// An account with a step pending (an initial or expired password, an authenticator to enrol) may do that step and
/// sign out, nothing else: pages are sent to the step, the API answers 403 with the reason.
/// </summary>
public sealed class AccountGate(RequestDelegate next)
{
    private static readonly string[] PasswordPaths = ["/Account/ChangePassword", "/api/v1/account/password"];
    private static readonly string[] EnrolPaths = ["/Account/Authenticator"];
    private static readonly string[] AlwaysOpen = ["/Account/Logout", "/Account/Login", "/api/v1/auth/logout", "/api/v1/auth/refresh", "/Error"];

    public Task InvokeAsync(HttpContext context)
    {
        var pending = context.User.FindFirstValue(SecurityClaims.Pending);
        if (pending is null || Allowed(context.Request.Path, pending)) return next(context);
        var (page, reason) = pending switch
        {
            PendingStep.Enrol => (EnrolPaths[0], SecurityErrors.MustEnrol),
            PendingStep.ExpiredPassword => (PasswordPaths[0], string.Format(SecurityErrors.PasswordExpired,
                context.RequestServices.GetRequiredService<IOptions<RectifyOptions>>().Value.Security.PasswordMaxAgeDays)),
            _ => (PasswordPaths[0], SecurityErrors.MustChangePassword),
        };
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(page);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = reason, Detail = reason },
        }).AsTask();
    }

    private static bool Allowed(PathString path, string pending) =>
        AlwaysOpen.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
        || (pending == PendingStep.Enrol ? EnrolPaths : PasswordPaths).Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
