using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Web;

namespace Rectify.Platform.Security;

public sealed record TokenRequest(
    [property: Required(ErrorMessage = "请输入用户名")] string UserName,
    [property: Required(ErrorMessage = "请输入密码")] string Password);

public sealed record RefreshRequest([property: Required(ErrorMessage = "请提供刷新令牌")] string RefreshToken);

public sealed record ChangePasswordRequest(
    [property: Required(ErrorMessage = "请输入原密码")] string CurrentPassword,
    [property: Required(ErrorMessage = "请输入新密码")] string NewPassword);

/// <summary>Bearer tokens for API clients, and each user's own password.</summary>
public static class AccountApi
{
    public static void MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (TokenRequest request, SignIn signIn) =>
        {
            var principal = await signIn.CheckAsync(request.UserName, request.Password);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
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
}

/// <summary>Checks a user name and password, counting failures toward the lockout.</summary>
public sealed class SignIn(UserManager<User> users, SignInManager<User> signIn)
{
    public async Task<System.Security.Claims.ClaimsPrincipal> CheckAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null || !user.IsActive) throw new RuleViolation(SecurityErrors.WrongPassword, StatusCodes.Status401Unauthorized);
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut) throw new RuleViolation(SecurityErrors.LockedOut, StatusCodes.Status423Locked);
        if (!result.Succeeded) throw new RuleViolation(SecurityErrors.WrongPassword, StatusCodes.Status401Unauthorized);
        return await signIn.CreateUserPrincipalAsync(user);
    }
}

/// <summary>A new password ends every other session and token of the account (its security stamp changes).</summary>
public sealed class ChangePassword(UserManager<User> users, UserScope current)
{
    public async Task<User> HandleAsync(ChangePasswordRequest request)
    {
        var user = await users.FindByIdAsync(current.UserId.ToString()) ?? throw new ForbiddenException(PlatformErrors.Unauthenticated);
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded) throw RuleViolation.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
        return user;
    }
}

public static class SecurityErrors
{
    public const string WrongPassword = "用户名或密码错误";
    public const string LockedOut = "密码连续输错5次,账号已锁定15分钟,请稍后再试或联系管理员";
    public const string Inactive = "该账号已停用";
    public const string SessionExpired = "登录已过期，请重新登录";
}
