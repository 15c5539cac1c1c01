using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// A paragraph of a round's bulletin as the office rewrote it (the opening, or a problem's 整改情况): printed instead
/// of the composed one until it is cleared. Version-checked, so two clerks editing at once lose nothing.
/// </summary>
public sealed class BulletinEdit : IVersioned, IAuditSubject
{
    public const int MaxLength = 5000;

    private BulletinEdit() { }

    public BulletinEdit(Guid roundId, string key)
    {
        Id = Guid.CreateVersion7();
        RoundId = roundId;
        Key = key;
    }

    public Guid Id { get; private set; }
    public Guid RoundId { get; private set; }
    /// <summary>Which paragraph: <see cref="BulletinKeys"/>.</summary>
    public string Key { get; private set; } = "";
    public string Text { get; private set; } = "";
    public Guid? EditedById { get; private set; }
    public string EditedBy { get; private set; } = "";
    public DateTimeOffset EditedAt { get; private set; }
    public int Version { get; set; }

    Guid IAuditSubject.AuditSubjectId => RoundId;

    public void Rewrite(string text, Guid? byId, string by, DateTimeOffset at)
    {
        var clean = text.Replace("\r\n", "\n").Trim();
        if (clean.Length == 0) throw RuleViolation.Invalid(BulletinErrors.EmptyParagraph);
        if (clean.Length > MaxLength) throw RuleViolation.Invalid(BulletinErrors.ParagraphTooLong);
        Text = clean;
        EditedById = byId;
        EditedBy = by;
        EditedAt = at;
    }
}
