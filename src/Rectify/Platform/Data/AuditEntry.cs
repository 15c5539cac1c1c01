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
}

public static class AuditOutcome
{
    public const string Succeeded = "成功";
    public const string Failed = "失败";
}

public sealed record FieldChange(string Field, string? Before, string? After);
