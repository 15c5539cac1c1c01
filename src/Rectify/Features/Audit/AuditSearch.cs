using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Audit;

/// <summary>Which audit entries: dates (China's days, both included), user, address, kind, action, outcome, entity.</summary>
public sealed record AuditFilter(
    DateOnly? From = null, DateOnly? To = null, string? User = null, string? Address = null, AuditKind? Kind = null,
    string? Action = null, string? Outcome = null, string? Entity = null, int? Page = null, int? PageSize = null);

public enum AuditKind
{
    /// <summary>数据变更: a change to a record, written with it.</summary>
    DataChange,
    /// <summary>安全事件: sign-ins, password changes, exports, downloads.</summary>
    SecurityEvent,
}

public sealed record AuditRow(
    long Sequence, DateTimeOffset At, string UserName, string? Address, string EntityType, string EntityId, string Action,
    string Outcome, string Changes)
{
    public AuditKind Kind => EntityType == SecurityEventNames.EntityType ? AuditKind.SecurityEvent : AuditKind.DataChange;
}

/// <summary>The audit admin's search: filtered, ordered newest first and paged in SQL.</summary>
public sealed class AuditSearch(RectifyDbContext db)
{
    public Task<Page<AuditRow>> HandleAsync(AuditFilter filter, CancellationToken ct) =>
        Filtered(filter).OrderByDescending(a => a.Sequence).ThenByDescending(a => a.Id).Select(Row).ToPageAsync(filter.Page, filter.PageSize, ct);

    /// <summary>Every matching row, oldest first, streamed (for the export).</summary>
    public IAsyncEnumerable<AuditRow> StreamAsync(AuditFilter filter) =>
        Filtered(filter).OrderBy(a => a.Sequence).ThenBy(a => a.Id).Select(Row).AsAsyncEnumerable();

    /// <summary>When the oldest entry kept was written (the audit is never pruned).</summary>
    public async Task<DateTimeOffset?> OldestAsync(CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync(ct);

    private static readonly System.Linq.Expressions.Expression<Func<AuditEntry, AuditRow>> Row = a =>
        new AuditRow(a.Sequence, a.At, a.UserName, a.Address, a.EntityType, a.EntityId, a.Action, a.Outcome, a.Changes);

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from) query = query.Where(a => a.At >= StartOf(from));
        if (filter.To is { } to) query = query.Where(a => a.At < StartOf(to.AddDays(1)));
        if (Text(filter.User) is { } user) query = query.Where(a => a.UserName == user);
        if (Text(filter.Address) is { } address) query = query.Where(a => a.Address == address);
        if (filter.Kind == AuditKind.SecurityEvent) query = query.Where(a => a.EntityType == SecurityEventNames.EntityType);
        if (filter.Kind == AuditKind.DataChange) query = query.Where(a => a.EntityType != SecurityEventNames.EntityType);
        if (Text(filter.Action) is { } action) query = query.Where(a => a.Action == action);
        if (Text(filter.Outcome) is { } outcome) query = query.Where(a => a.Outcome == outcome);
        if (Text(filter.Entity) is { } entity)
        {
            var type = AuditLabels.EntityTypeOf(entity) ?? entity;
            query = query.Where(a => a.EntityType == type || a.EntityId == entity);
        }
        return query;
    }

    private static DateTimeOffset StartOf(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), ChinaClock.Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
