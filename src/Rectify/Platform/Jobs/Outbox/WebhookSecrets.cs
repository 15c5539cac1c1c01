using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Rectify.Platform.Jobs.Outbox;

/// <summary>A webhook's signing secret is stored protected with the data-protection keys, never in clear.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Rectify.Webhooks.Secret");

    public string? Protect(string? secret) => string.IsNullOrWhiteSpace(secret) ? secret : protector.Protect(secret.Trim());

    /// <summary>The secret to sign with; a secret saved in clear before protection existed is used as it is.</summary>
    public string Reveal(string stored)
    {
        try { return protector.Unprotect(stored); }
        catch (CryptographicException) { return stored; }
    }
}
