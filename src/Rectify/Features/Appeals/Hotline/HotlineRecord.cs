namespace Rectify.Features.Appeals.Hotline;

/// <summary>One checked hotline record: its sheet row, the hotline's 工单编号 and the appeal's fields; the unit when the sheet names one.</summary>
public sealed record HotlineRecord(
    int Row, string RecordNo, DateTimeOffset CalledAt, string Enterprise, string? CreditCode, string ContactName, string ContactPhone,
    AppealCategory Category, string Text, Guid? UnitId, string? UnitName)
{
    private const int TitleLength = 30;

    /// <summary>A hotline record has no title: the text's first sentence stands for it, cut at 30 characters.</summary>
    public string Title
    {
        get
        {
            var end = Text.IndexOfAny(['。', '！', '？', '\n', '；']);
            var first = (end > 0 ? Text[..end] : Text).Trim();
            return first.Length <= TitleLength ? first : first[..TitleLength] + "…";
        }
    }

    public NewAppeal ToNew(Guid ownerUnitId) =>
        new(Enterprise, CreditCode, ContactName, ContactPhone, AppealChannel.Hotline12345, Category, Title, Text, ownerUnitId);
}
