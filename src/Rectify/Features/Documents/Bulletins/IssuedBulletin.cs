using System.Security.Cryptography;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// A bulletin as issued (第N期 of its round): frozen in the files it was issued as, each kept byte for byte with its
/// SHA-256, with who issued it and when. Later changes to the ledger or the texts do not touch it.
/// </summary>
public sealed class IssuedBulletin
{
    private IssuedBulletin() { }

    public IssuedBulletin(Guid roundId, int number, string title, DateOnly date, Guid? issuedById, string issuedBy, DateTimeOffset issuedAt)
    {
        Id = Guid.CreateVersion7();
        RoundId = roundId;
        Number = number;
        Title = title;
        Date = date;
        IssuedById = issuedById;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
    }

    public Guid Id { get; private set; }
    public Guid RoundId { get; private set; }
    /// <summary>第N期: numbered within the round from 1.</summary>
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>成文日期.</summary>
    public DateOnly Date { get; private set; }
    public Guid? IssuedById { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public List<IssuedBulletinFile> Files { get; private set; } = [];

    public void Attach(string format, string fileName, string contentType, byte[] content) =>
        Files.Add(new IssuedBulletinFile(Id, format, fileName, contentType, content));
}

/// <summary>One file of an issued bulletin (.docx, .pdf or .html), exactly as issued.</summary>
[Platform.Data.Unaudited]
public sealed class IssuedBulletinFile
{
    private IssuedBulletinFile() { }

    public IssuedBulletinFile(Guid issuedBulletinId, string format, string fileName, string contentType, byte[] content)
    {
        IssuedBulletinId = issuedBulletinId;
        Format = format;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Length = content.Length;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
    }

    public Guid IssuedBulletinId { get; private set; }
    public string Format { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    /// <summary>SHA-256 of the content, lower-case hex: what the office can quote to prove a copy unchanged.</summary>
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
}
