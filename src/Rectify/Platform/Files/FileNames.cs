using System.Globalization;
using System.Text;

namespace Rectify.Platform.Files;

/// <summary>
/// A display name safe to show and to send back: the last path part only, without control, bidirectional-override or
/// zero-width characters (which can make "exe.pdf" read as "fdp.exe"), spaces collapsed, and no longer than the limit
/// (the extension kept).
/// </summary>
public static class FileNames
{
    public const string Unnamed = "未命名文件";

    public static string Clean(string? name, int maxLength)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormC);
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\u3000' or '\u00A0') { if (kept.Length > 0 && kept[^1] != ' ') kept.Append(' '); continue; }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned) continue;
            if (c is '"' or '<' or '>' or '|' or '*' or '?' or ':') continue;
            kept.Append(c);
        }
        var clean = kept.ToString().Trim().TrimEnd('.', ' ');
        var extension = Path.GetExtension(clean);
        var stem = clean[..^extension.Length].Trim().Trim('.').Trim();
        if (stem.Length == 0) stem = Unnamed;
        if (extension.Length > 10) (stem, extension) = (stem + extension, "");
        var room = Math.Max(1, maxLength - extension.Length);
        if (stem.Length > room) stem = stem[..room].TrimEnd();
        // A surrogate pair cut in half would leave a lone surrogate.
        if (stem.Length > 0 && char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem + extension;
    }
}
