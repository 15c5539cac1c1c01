using Microsoft.AspNetCore.Identity;
using QRCoder;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Account;

/// <summary>What the authenticator app needs: the secret as text, as an otpauth:// address and as a QR code (SVG).</summary>
public sealed record AuthenticatorSetup(string Key, string Uri, string QrSvg);

/// <summary>
/// An account binds an authenticator app (TOTP, RFC 6238, Identity's authenticator token provider): it is shown the
/// secret, proves it with one code, and gets ten recovery codes, shown this once and stored only as hashes.
/// </summary>
public sealed class EnrolAuthenticator(UserManager<User> users, IUserStore<User> store, UserScope current, ISecurityEventLog events)
{
    public const string Issuer = "整改督办平台";
    public const int RecoveryCodeCount = 10;

    public async Task<User> UserAsync() =>
        await users.FindByIdAsync(current.UserId.ToString()) ?? throw new ForbiddenException(PlatformErrors.Unauthenticated);

    public async Task<AuthenticatorSetup> SetupAsync(User user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not UserManager.ResetAuthenticatorKeyAsync: it renews the security stamp, which would end this very session.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<User>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            Check(await users.UpdateAsync(user));
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName ?? "")}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(new System.Drawing.Size(220, 220), "#000000", "#ffffff", drawQuietZones: true);
        return new AuthenticatorSetup(Grouped(key), uri, svg);
    }

    /// <returns>The recovery codes, to be shown once.</returns>
    public async Task<IReadOnlyList<string>> ConfirmAsync(User user, string code)
    {
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code.Replace(" ", "").Trim());
        if (!valid)
        {
            await events.RecordAsync(SecurityEventKind.SecondFactorFailed, false, user.UserName, "绑定动态验证码时验证码错误");
            throw RuleViolation.Invalid(SecurityErrors.WrongCode);
        }
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await events.RecordAsync(SecurityEventKind.SecondFactorEnabled, true, user.UserName, $"已生成{RecoveryCodeCount}个恢复码");
        return codes;
    }

    private static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw RuleViolation.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
