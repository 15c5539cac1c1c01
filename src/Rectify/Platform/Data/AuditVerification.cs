using Microsoft.EntityFrameworkCore;

namespace Rectify.Platform.Data;

/// <summary>How far the chain holds: the entries checked, and the first broken link if any.</summary>
public sealed record AuditChainState(long Verified, long? BrokenAt, string? Problem, string LastHash = "")
{
    public bool Intact => BrokenAt is null;

    /// <summary>What the audit admin and the verify-audit command say about the chain.</summary>
    public string Summary => Intact
        ? $"审计记录完整，已校验至第{Verified:N0}条。"
        : $"审计记录第{BrokenAt:N0}条校验失败：{Problem}（此前{Verified:N0}条完整）。";
}

/// <summary>Walks the chain in order, recomputing every hash; streamed, so its memory does not grow with the audit.</summary>
public sealed class AuditVerification(RectifyDbContext db)
{
    public async Task<AuditChainState> VerifyAsync(CancellationToken ct)
    {
        long expected = 1;
        var previous = "";
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Hash == "" ? 0 : 1).ThenBy(a => a.Sequence).ThenBy(a => a.Id)
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            var problem = ProblemOf(entry, expected, previous);
            if (problem is not null) return new AuditChainState(expected - 1, expected, problem, previous);
            previous = entry.Hash;
            expected++;
        }
        return new AuditChainState(expected - 1, null, null, previous);
    }

    private static string? ProblemOf(AuditEntry entry, long expected, string previous)
    {
        if (entry.Hash == "") return $"编号{entry.Id}的记录未加入哈希链";
        if (entry.Sequence < expected) return $"第{entry.Sequence:N0}条出现两次（链条分叉）";
        if (entry.Sequence > expected) return $"缺少第{expected:N0}条（记录被删除）";
        if (entry.PreviousHash != previous) return "前一条记录的哈希值对不上（链条断开）";
        if (AuditChain.HashOf(entry) != entry.Hash) return "记录内容与其哈希值不符（记录被改动）";
        return null;
    }
}
