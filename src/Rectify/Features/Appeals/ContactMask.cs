namespace Rectify.Features.Appeals;

/// <summary>An enterprise's contact as lists, exports and messages show it: 138****5678, 张*.</summary>
public static class ContactMask
{
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return "";
        var text = phone.Trim();
        if (text.Length <= 4) return new string('*', text.Length);
        // At least four characters stay hidden: a short local number shows only its last four.
        var keepStart = Math.Clamp(text.Length - 8, 0, 3);
        return text[..keepStart] + "****" + text[^4..];
    }

    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var text = name.Trim();
        return text.Length == 1 ? text : text[0] + new string('*', Math.Min(text.Length - 1, 2));
    }
}
