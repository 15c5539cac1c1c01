using System.Reflection;

namespace Rectify.Platform.Security;

/// <summary>
/// The password rule of 等保三级 that needs no database: length, three of four character classes, not the user name,
/// not a common password (nor a common word with digits and symbols around it, like Password@2024).
/// </summary>
public static class PasswordRules
{
    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public static IReadOnlyList<string> Check(string password, string? userName, int minLength)
    {
        var refusals = new List<string>();
        if (password.Length < minLength) refusals.Add(string.Format(SecurityErrors.PasswordTooShort, minLength));
        if (Classes(password) < 3) refusals.Add(SecurityErrors.PasswordClasses);
        if (userName is { Length: >= 3 } name && password.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase))
            refusals.Add(SecurityErrors.PasswordContainsUserName);
        if (IsCommon(password)) refusals.Add(SecurityErrors.PasswordCommon);
        return refusals;
    }

    public static int Classes(string password) =>
        (password.Any(char.IsAsciiLetterUpper) ? 1 : 0) + (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
        + (password.Any(char.IsAsciiDigit) ? 1 : 0) + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (Common.Value.Contains(lower)) return true;
        var core = lower.Trim(Decoration);
        return core.Length >= 4 && (Common.Value.Contains(core) || Common.Value.Contains(Unleet(core)));
    }

    /// <summary>Digits and ASCII symbols people put around a word to pass a rule.</summary>
    private static readonly char[] Decoration = [.. "0123456789!@#$%^&*()-_=+[]{};:'\",.<>/?\\|`~ "];

    private static string Unleet(string core) =>
        string.Create(core.Length, core, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
                span[i] = s[i] switch { '@' => 'a', '0' => 'o', '$' => 's', '3' => 'e', '1' => 'i', '5' => 's', '7' => 't', _ => s[i] };
        });

    private static HashSet<string> LoadCommon()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("Rectify.CommonPasswords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line);
        }
        return set;
    }
}
