namespace Rectify.Platform.Text;

/// <summary>
/// A person's contact as lists, exports, messages and the audit keep it: 138****5678, 张*. One rule for every place that
/// shows or stores a masked contact.
/// </summary>
public static class ContactMask
{
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return "";
        var text = phone.Trim();
        // A short number (an extension, a hotline's five digits) would show most of itself: all of it is hidden.
        if (text.Length < 7) return new string('*', text.Length);
        // At least four characters stay hidden: a short local number shows only its last four.
        var keepStart = Math.Clamp(text.Length - 8, 0, 3);
        return text[..keepStart] + "****" + text[^4..];
    }

    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var text = name.Trim();
        // A one-character name is the whole name: nothing of it is shown.
        return text.Length == 1 ? "*" : text[0] + new string('*', Math.Min(text.Length - 1, 2));
    }
}
