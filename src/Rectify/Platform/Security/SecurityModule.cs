using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Platform.Security;

public static class SecurityModule
{
    private const string Smart = "Rectify";

    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<UserScope>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<ISecurityEventLog, SecurityEventLog>();
        services.AddScoped<SignIn>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<CreateFirstAdmin>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                o.DefaultChallengeScheme = Smart;
            })
            // Pages sign in with a cookie, API clients with a bearer token; the header decides.
            .AddPolicyScheme(Smart, "Cookie or bearer", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/Denied";
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized, PlatformErrors.Unauthenticated);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden, PlatformErrors.Forbidden);
        });

        services.AddIdentityCore<User>(o =>
            {
                // Length, classes, user name, blocklist and history are PasswordPolicy's, with its Chinese words.
                o.Password.RequiredLength = 1;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = AccountSecurityOptions.LockoutFailures;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(AccountSecurityOptions.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<RectifyDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<ClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>();
        // Keeps replaced password hashes for the history, and recovery codes only as hashes.
        services.AddScoped<IUserStore<User>, AccountStore>();

        Sessions.Configure(services);
        services.AddScoped<RefreshSession>();
        services.AddScoped<SignOutEverywhere>();
        Policies.Add(services.AddAuthorizationBuilder());
        return services;
    }

    private static async Task ApiOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status, string title)
    {
        if (!ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.Redirect(ctx.RedirectUri);
            return;
        }
        ctx.Response.StatusCode = status;
        var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx.HttpContext,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = title },
        });
    }
}
