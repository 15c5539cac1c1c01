using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Rectify.Platform.Data;

/// <summary>
/// The audit's hash chain (docs/decisions/0012-audit-hash-chain-under-one-lock.md): each entry's hash is SHA-256 over
/// its canonical form, which includes the previous entry's hash. Places are given under one lock per database (the
/// SQLite write lock; a transaction-scoped advisory lock on PostgreSQL), so concurrent writers cannot fork the chain.
/// </summary>
public static class AuditChain
{
    /// <summary>The PostgreSQL advisory lock key that serializes audit writers ("AUDITCHN" read as a number).</summary>
    public const long LockKey = 0x4155_4449_5443_484E;

    /// <summary>Takes the chain's lock in the current transaction and returns the last chained entry's place and hash.</summary>
    public static async Task<(long Sequence, string Hash)> LockAndReadLastAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        var last = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Hash != "")
            .OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        return last is null ? (0, "") : (last.Sequence, last.Hash);
    }

    /// <summary>Gives the entries their places after <paramref name="last"/>, in the order given, and their hashes.</summary>
    public static void Seal(IEnumerable<AuditEntry> entries, (long Sequence, string Hash) last)
    {
        var (sequence, previous) = last;
        foreach (var entry in entries)
        {
            entry.At = Normalize(entry.At);
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = HashOf(entry);
            previous = entry.Hash;
        }
    }

    /// <summary>
    /// UTC to the millisecond: what both databases give back exactly (PostgreSQL keeps microseconds, SQLite's binary
    /// DateTimeOffset 0.1 ms), so the hash reads back the same.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    /// <summary>SHA-256, lower-case hex, over a JSON array of every field but the database's own Id, in a fixed order.</summary>
    public static string HashOf(AuditEntry entry)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            entry.Sequence, Normalize(entry.At).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            entry.UserId?.ToString("D"), entry.UserName, entry.EntityType, entry.EntityId, entry.SubjectId, entry.Action,
            entry.Changes, entry.Address, entry.Outcome, entry.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    /// <summary>
    /// Run after the migrations: chains entries written before the chain existed (in Id order), then makes the table
    /// append-only with triggers (both idempotent).
    /// </summary>
    public static async Task PrepareAsync(RectifyDbContext db, CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var last = await LockAndReadLastAsync(db, ct);
            var unchained = await db.AuditEntries.Where(a => a.Hash == "").OrderBy(a => a.Id).ToListAsync(ct);
            if (unchained.Count > 0)
            {
                Seal(unchained, last);
                await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? DropPostgresGuard : DropSqliteGuard, ct);
                await SaveUnauditedAsync(db, ct);
            }
            await transaction.CommitAsync(ct);
        }
        await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? PostgresGuard : SqliteGuard, ct);
    }

    private static async Task SaveUnauditedAsync(RectifyDbContext db, CancellationToken ct)
    {
        AuditInterceptor.AllowChaining(db);
        try { await db.SaveChangesAsync(ct); }
        finally { db.ChangeTracker.Clear(); }
    }

    private const string Refusal = "审计记录只能追加，不能修改或删除";

    private const string SqliteGuard = $"""
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;
        """;

    private const string DropSqliteGuard = """
        DROP TRIGGER IF EXISTS "AuditEntries_no_update";
        DROP TRIGGER IF EXISTS "AuditEntries_no_delete";
        """;

    private const string PostgresGuard = $"""
        CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $guard$
        BEGIN RAISE EXCEPTION '{Refusal}' USING ERRCODE = 'insufficient_privilege'; END $guard$;
        CREATE OR REPLACE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON "AuditEntries"
            FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        CREATE OR REPLACE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
        """;

    private const string DropPostgresGuard = """
        DROP TRIGGER IF EXISTS audit_entries_no_change ON "AuditEntries";
        DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";
        """;
}
