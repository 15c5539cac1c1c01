namespace Rectify.Platform.Data;

/// <summary>Makes user text safe inside LIKE '%…%' on both providers.</summary>
public static class LikePattern
{
    public const string EscapeChar = "\\";

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
