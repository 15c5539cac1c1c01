using System.Text.RegularExpressions;
using Rectify.Platform.Text;

namespace Rectify.Platform.Data;

/// <summary>
/// What the audit never stores in clear: fields named like secrets, passwords, tokens or security stamps become
/// ******, and a web address keeps its path but not its query values (a group robot's key travels in the query).
/// </summary>
public static partial class AuditMasking
{
    private static readonly string[] SecretWords = ["Secret", "Password", "Token", "SecurityStamp", "AuthenticatorKey", "RecoveryCode"];

    public static string? Mask(string field, string? value)
    {
        if (value is null) return null;
        if (IsSecret(field)) return MaskText;
        // An enterprise's contact is personal data: the audit keeps enough to tell one from another, never the whole.
        if (field.EndsWith("Phone", StringComparison.Ordinal) || field.EndsWith("Mobile", StringComparison.Ordinal)) return ContactMask.Phone(value);
        if (field == "ContactName") return ContactMask.Name(value);
        return QueryValue().Replace(value, m => m.Groups[1].Value + MaskText);
    }

    public static bool IsSecret(string field) =>
        !field.EndsWith("Id", StringComparison.Ordinal) && SecretWords.Any(word => field.Contains(word, StringComparison.OrdinalIgnoreCase));

    public const string MaskText = "******";

    // The value of each query parameter of an http(s) address: ?key=… or &sign=…
    [GeneratedRegex(@"(?<=https?://[^\s""]*)([?&][^=&#\s""]+=)[^&#\s""]*", RegexOptions.CultureInvariant)]
    private static partial Regex QueryValue();
}
