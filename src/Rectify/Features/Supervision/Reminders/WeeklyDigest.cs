using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Security;

namespace Rectify.Features.Supervision.Reminders;

/// <summary>
/// "每周向分管领导汇报": each week, every leader with items — measures he leads (牵头领导) or is responsible for
/// (责任领导) — gets a digest of their state and the ones that need him (超期, 临期, 滞后). Keyed by leader and week.
/// </summary>
public sealed class WeeklyDigest(RectifyDbContext db, OutboxWriter outbox)
{
    public const int ListedItems = 10;

    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var leaders = await db.Users.AsNoTracking().Where(u => u.IsActive && u.Role == Role.Leader)
            .Select(u => new { u.Id, u.FullName }).ToListAsync(ct);
        var measures = db.Set<Measure>().AsNoTracking();
        var leadCounts = await Counts(measures, leaders.Select(l => l.Id).ToArray(), lead: true, ct);
        var responsibleCounts = await Counts(measures, leaders.Select(l => l.Id).ToArray(), lead: false, ct);

        var batch = new List<Addressed>();
        foreach (var leader in leaders)
        {
            var counts = LeaderCounts.Sum(leadCounts.GetValueOrDefault(leader.Id), responsibleCounts.GetValueOrDefault(leader.Id));
            if (counts.Total == 0) continue;
            var id = leader.Id;
            var warned = await measures
                .Where(m => (m.LeadLeaderUserId == id || m.ResponsibleLeaderUserId == id) && (m.IsOverdue || m.IsDueSoon || m.IsLagging))
                .OrderByDescending(m => m.IsOverdue).ThenBy(m => m.TimeLimit).Take(ListedItems)
                .Select(m => new { m.Text, m.TimeLimit, m.IsOverdue, m.IsDueSoon, m.LatestPercent }).ToListAsync(ct);
            var body = new List<string>
            {
                $"{leader.FullName}同志：",
                $"截至{today.ToChinese()}，您牵头或负责的整改措施共{counts.Total}项，已完成{counts.Settled}项，正在推进{counts.Total - counts.Settled}项；" +
                $"其中超期{counts.Overdue}项、临期{counts.DueSoon}项、滞后{counts.Lagging}项。",
            };
            if (warned.Count > 0)
            {
                body.Add("需要关注的事项：");
                body.AddRange(warned.Select((m, n) =>
                    $"{n + 1}. {MessageText.Short(m.Text, 60)}（时限{m.TimeLimit.ToChinese()}，{(m.IsOverdue ? "已超期" : m.IsDueSoon ? "临期" : "滞后")}，完成{m.LatestPercent}%）"));
            }
            var notice = new Notice($"digest:{id:N}:{monday:yyyyMMdd}", MessageKind.WeeklyDigest,
                $"【每周汇报】{monday.ToChinese()}当周整改进展", string.Join("\n", body), "/Rounds/Ledger");
            batch.Add(new Addressed(notice, [id], []));
        }
        var written = await outbox.AddAsync(batch, ct);
        await db.SaveChangesAsync(ct);
        return written;
    }

    private static async Task<Dictionary<Guid, LeaderCounts>> Counts(IQueryable<Measure> measures, Guid[] leaderIds, bool lead, CancellationToken ct)
    {
        var mine = lead
            ? measures.Where(m => m.LeadLeaderUserId != null && leaderIds.Contains(m.LeadLeaderUserId.Value)).Select(m => new { Leader = m.LeadLeaderUserId!.Value, m })
            : measures.Where(m => m.ResponsibleLeaderUserId != null && leaderIds.Contains(m.ResponsibleLeaderUserId.Value)
                    && m.ResponsibleLeaderUserId != m.LeadLeaderUserId)
                .Select(m => new { Leader = m.ResponsibleLeaderUserId!.Value, m });
        return await mine.GroupBy(x => x.Leader).Select(g => new LeaderCounts(g.Key, g.Count(),
                g.Count(x => x.m.Status == MeasureStatus.Closed || x.m.Status == MeasureStatus.StageResult),
                g.Count(x => x.m.IsOverdue), g.Count(x => x.m.IsDueSoon), g.Count(x => x.m.IsLagging)))
            .ToDictionaryAsync(c => c.Leader, ct);
    }

    private sealed record LeaderCounts(Guid Leader, int Total, int Settled, int Overdue, int DueSoon, int Lagging)
    {
        public static LeaderCounts Sum(LeaderCounts? a, LeaderCounts? b) =>
            new(a?.Leader ?? b?.Leader ?? Guid.Empty, (a?.Total ?? 0) + (b?.Total ?? 0), (a?.Settled ?? 0) + (b?.Settled ?? 0),
                (a?.Overdue ?? 0) + (b?.Overdue ?? 0), (a?.DueSoon ?? 0) + (b?.DueSoon ?? 0), (a?.Lagging ?? 0) + (b?.Lagging ?? 0));
    }
}
