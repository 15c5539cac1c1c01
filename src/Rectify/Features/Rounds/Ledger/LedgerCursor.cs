using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// Where the next page of the ledger starts (<c>after=</c>): the key of the last row shown, in the outline order (round,
/// problem's sort key, measure's order, id), the time-limit order (time limit, id) or the order of the last change
/// (change, id). Opaque and URL-safe (base64url).
/// </summary>
public sealed record LedgerCursor(
    LedgerCursor.Kind Order, Guid MeasureId, Guid RoundId = default, string? SortKey = null, int SortOrder = 0, DateOnly? TimeLimit = null,
    DateTimeOffset? ChangedAt = null)
{
    public enum Kind { Outline, TimeLimit, Changed }

    private const string Version = "1";

    public string Encode()
    {
        string[] parts = Order switch
        {
            Kind.Outline => [Version, "o", MeasureId.ToString("N"), RoundId.ToString("N"), SortOrder.ToString(CultureInfo.InvariantCulture), SortKey ?? ""],
            Kind.TimeLimit => [Version, "t", MeasureId.ToString("N"), TimeLimit?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""],
            // The exact instant as stored (UTC ticks), so that the next page starts right after it.
            _ => [Version, "c", MeasureId.ToString("N"), (ChangedAt ?? default).UtcTicks.ToString(CultureInfo.InvariantCulture)],
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
    }

    /// <summary>The cursor in <paramref name="text"/> for a page in <paramref name="order"/>, or null for the first page; refuses one that is not.</summary>
    public static LedgerCursor? Decode(string? text, Kind? order)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var cursor = TryDecode(text) ?? throw new RuleViolation(RoundsErrors.LedgerCursorInvalid, StatusCodes.Status400BadRequest);
        if (cursor.Order != order) throw new RuleViolation(RoundsErrors.LedgerCursorOtherOrder, StatusCodes.Status400BadRequest);
        return cursor;
    }

    private static LedgerCursor? TryDecode(string text)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('\n', 6);
            if (parts.Length < 4 || parts[0] != Version || !Guid.TryParseExact(parts[2], "N", out var measureId)) return null;
            if (parts[1] == "o" && parts.Length == 6 && Guid.TryParseExact(parts[3], "N", out var roundId)
                && int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var sortOrder))
                return new LedgerCursor(Kind.Outline, measureId, roundId, parts[5], sortOrder);
            if (parts[1] == "t" && parts.Length == 4)
            {
                if (parts[3] == "") return new LedgerCursor(Kind.TimeLimit, measureId);
                if (DateOnly.TryParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var limit))
                    return new LedgerCursor(Kind.TimeLimit, measureId, TimeLimit: limit);
            }
            if (parts[1] == "c" && parts.Length == 4 && long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks)
                return new LedgerCursor(Kind.Changed, measureId, ChangedAt: new DateTimeOffset(ticks, TimeSpan.Zero));
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
