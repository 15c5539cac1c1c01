using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Web;

namespace Rectify.UnitTests.Features.Rounds;

/// <summary>The ledger's <c>after=</c> cursors: each order's key comes back exactly, and nothing else is taken for one.</summary>
public class LedgerCursorTests
{
    private static readonly Guid Id = Guid.Parse("01a23a5f-4b6f-72a6-abb5-e6621bd3b8cd");

    public static TheoryData<LedgerCursor> Cursors() =>
    [
        new LedgerCursor(LedgerCursor.Kind.Outline, Id, Guid.Parse("01a23a5f-4b2f-7d47-89f6-aafcf13005a7"), "0001.0002", 3),
        new LedgerCursor(LedgerCursor.Kind.TimeLimit, Id, TimeLimit: new DateOnly(2024, 4, 18)),
        new LedgerCursor(LedgerCursor.Kind.TimeLimit, Id),
        // A stored instant to the tick, whatever the offset it was read with.
        new LedgerCursor(LedgerCursor.Kind.Changed, Id, ChangedAt: new DateTimeOffset(2026, 12, 3, 9, 54, 2, 123, TimeSpan.Zero).AddTicks(4567)),
    ];

    [Theory]
    [MemberData(nameof(Cursors))]
    public void A_cursor_decodes_to_the_key_it_was_made_of(LedgerCursor cursor)
    {
        var text = cursor.Encode();
        Assert.Matches("^[A-Za-z0-9_-]+$", text);
        Assert.Equal(cursor, LedgerCursor.Decode(text, cursor.Order));
    }

    [Fact]
    public void A_change_cursor_keeps_the_instant_in_UTC()
    {
        var local = new DateTimeOffset(2026, 12, 3, 17, 54, 2, TimeSpan.FromHours(8));
        var back = LedgerCursor.Decode(new LedgerCursor(LedgerCursor.Kind.Changed, Id, ChangedAt: local).Encode(), LedgerCursor.Kind.Changed)!;
        Assert.Equal(local, back.ChangedAt);
        Assert.Equal(TimeSpan.Zero, back.ChangedAt!.Value.Offset);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("MQpjCjAxYTIzYTVmNGI2ZjcyYTZhYmI1ZTY2MjFiZDNiOGNkCi0x")] // "1\nc\n…\n-1": a negative instant
    [InlineData("MQpjCjAxYTIzYTVmNGI2ZjcyYTZhYmI1ZTY2MjFiZDNiOGNkCjk5OTk5OTk5OTk5OTk5OTk5OTk5")] // beyond the last instant
    public void Anything_else_is_refused_as_an_invalid_position(string text)
    {
        var refused = Assert.Throws<RuleViolation>(() => LedgerCursor.Decode(text, LedgerCursor.Kind.Changed));
        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public void A_cursor_of_another_order_is_refused()
    {
        var outline = new LedgerCursor(LedgerCursor.Kind.Outline, Id, Id, "0001", 1).Encode();
        Assert.Throws<RuleViolation>(() => LedgerCursor.Decode(outline, LedgerCursor.Kind.Changed));
    }
}
