namespace Rectify.Platform.Data;

/// <summary>One change to one entity: who, when, which fields, before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>The entity whose history shows this change (a measure for its progress, say).</summary>
    public string? SubjectId { get; set; }
    public string Action { get; set; } = "";
    public string Changes { get; set; } = "[]";
    /// <summary>The client's address for a request; null for jobs and commands.</summary>
    public string? Address { get; set; }
    /// <summary><see cref="AuditOutcome.Succeeded"/> or <see cref="AuditOutcome.Failed"/>.</summary>
    public string Outcome { get; set; } = AuditOutcome.Succeeded;
    /// <summary>Place in the hash chain, from 1, given under the chain's lock as the entry is written.</summary>
    public long Sequence { get; set; }
    /// <summary>The <see cref="Hash"/> of the entry before this one in the chain; empty for the first.</summary>
    public string PreviousHash { get; set; } = "";
    /// <summary>SHA-256 (hex) over this entry's canonical form and <see cref="PreviousHash"/>; see <see cref="AuditChain"/>.</summary>
    public string Hash { get; set; } = "";
}

public static class AuditOutcome
{
    public const string Succeeded = "成功";
    public const string Failed = "失败";
}

public sealed record FieldChange(string Field, string? Before, string? After);
