namespace Rectify.Features.Documents.Bulletins;

/// <summary>An issued bulletin as the round lists it.</summary>
public sealed record IssuedBulletinRow(Guid Id, int Number, string Title, DateOnly Date, string IssuedBy, DateTimeOffset IssuedAt,
    IReadOnlyList<IssuedBulletinFileRow> Files)
{
    public static IssuedBulletinRow Of(IssuedBulletin i) => new(i.Id, i.Number, i.Title, i.Date, i.IssuedBy, i.IssuedAt,
        i.Files.Select(f => new IssuedBulletinFileRow(f.Format, f.FileName, f.Length, f.Sha256)).ToList());
}

public sealed record IssuedBulletinFileRow(string Format, string FileName, long Length, string Sha256);
