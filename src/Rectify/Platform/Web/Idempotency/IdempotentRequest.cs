using Rectify.Platform.Data;

namespace Rectify.Platform.Web.Idempotency;

/// <summary>
/// A POST that carried a key (the Idempotency-Key header, or the key every page form holds), kept so that the same
/// key from the same user is answered with the first answer instead of doing the work twice: a double click on
/// 新建轮次, a retried API call after a timeout. Kept a day.
/// </summary>
[Unaudited]
public sealed class IdempotentRequest
{
    public const int MaxKeyLength = 100;
    public const int MaxStoredBody = 256 * 1024;

    public IdempotentRequest(Guid userId, string key, string target, DateTimeOffset createdAt)
    {
        UserId = userId;
        Key = key;
        Target = target;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid UserId { get; private set; }
    public string Key { get; private set; }
    /// <summary>Method and path: the same key may not be spent on another action.</summary>
    public string Target { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Null while the first request is still being answered.</summary>
    public int? StatusCode { get; private set; }
    public string? ContentType { get; private set; }
    public string? Location { get; private set; }
    public byte[]? Body { get; private set; }

    public bool IsAnswered => StatusCode is not null;

    public void Answered(int status, string? contentType, string? location, byte[]? body)
    {
        StatusCode = status;
        ContentType = contentType;
        Location = location;
        Body = body;
    }
}
