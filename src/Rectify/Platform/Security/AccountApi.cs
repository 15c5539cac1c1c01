using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Web;

namespace Rectify.Platform.Security;

/// <param name="TwoFactorCode">The authenticator app's code, for accounts with a second factor.</param>
/// <param name="TwoFactorRecoveryCode">Or one of the account's recovery codes (each works once).</param>
public sealed record TokenRequest(
    [property: Required(ErrorMessage = "请输入用户名")] string UserName,
    [property: Required(ErrorMessage = "请输入密码")] string Password,
    string? TwoFactorCode = null,
    string? TwoFactorRecoveryCode = null);

public sealed record RefreshRequest([property: Required(ErrorMessage = "请提供刷新令牌")] string RefreshToken);

public sealed record ChangePasswordRequest(
    [property: Required(ErrorMessage = "请输入原密码")] string CurrentPassword,
    [property: Required(ErrorMessage = "请输入新密码")] string NewPassword);

/// <summary>Bearer tokens for API clients, and each user's own password.</summary>
public static class AccountApi
{
    public static void MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (TokenRequest request, SignIn signIn, HttpContext http) =>
        {
            try
            {
                var principal = await signIn.CheckAsync(request.UserName, request.Password, request.TwoFactorCode, request.TwoFactorRecoveryCode,
                    http.RequestAborted);
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            }
            catch (SignInThrottled throttled)
            {
                return Throttled(http, throttled);
            }
        }).AllowAnonymous().WithTags("登录").Produces<AccessTokenResponse>();

        api.MapPost("/auth/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (RefreshRequest request, RefreshSession refresh) =>
            TypedResults.SignIn(await refresh.HandleAsync(request.RefreshToken), authenticationScheme: IdentityConstants.BearerScheme))
            .AllowAnonymous().WithTags("登录").Produces<AccessTokenResponse>();

        api.MapPost("/auth/logout", async (SignOutEverywhere signOut) =>
        {
            await signOut.HandleAsync();
            return TypedResults.NoContent();
        }).RequireAuthorization().WithTags("登录");

        api.MapPost("/account/password", async (ChangePasswordRequest request, ChangePassword action) =>
        {
            await action.HandleAsync(request);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithTags("登录");
    }

    /// <summary>429 with Retry-After, written here: the exception handler would clear a header set before it.</summary>
    public static ProblemHttpResult Throttled(HttpContext http, SignInThrottled throttled)
    {
        http.Response.Headers.RetryAfter = throttled.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(throttled.Message, statusCode: StatusCodes.Status429TooManyRequests, title: throttled.Message);
    }
}

/// <summary>
/// A user replaces his own password: it must meet the rule, and it clears a forced or periodic change. A new password
/// ends every other session and token of the account (its security stamp changes).
/// </summary>
public sealed class ChangePassword(UserManager<User> users, UserScope current, ISecurityEventLog events)
{
    public async Task<User> HandleAsync(ChangePasswordRequest request)
    {
        var user = await users.FindByIdAsync(current.UserId.ToString()) ?? throw new ForbiddenException(PlatformErrors.Unauthenticated);
        var forced = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = forced;
            await events.RecordAsync(SecurityEventKind.PasswordChanged, false, user.UserName, "新密码不符合要求或原密码错误");
            throw RuleViolation.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
        }
        await events.RecordAsync(SecurityEventKind.PasswordChanged, true, user.UserName, forced ? "修改初始密码" : null);
        return user;
    }
}
