using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Files;
using Rectify.Platform.Security;

namespace Rectify.Features.Demo;

/// <summary>
/// Gives a demo round's measures plausible responsibilities, time limits relative to today, and every
/// status and warning: closed, stage results, awaiting review, returned, overdue, due soon, lagging, not started.
/// </summary>
public sealed class DemoLedger(RectifyDbContext db, WorkingDayCalendar calendar, TimeProvider time, IEvidenceStore store)
{
    private static readonly string[] Leaders = ["王建国", "李红梅", "张志强", "刘洋"];
    private static readonly string[] Persons = ["孙晓", "吴敏", "郑磊", "冯雪", "何静", "马超"];

    public async Task ApplyAsync(Guid roundId, IReadOnlyList<Guid> departments, CancellationToken ct)
    {
        var today = time.Today();
        var measures = await db.Set<Measure>().Include(m => m.CooperatingUnits).Where(m => m.RoundId == roundId)
            .OrderBy(m => m.ProblemId).ThenBy(m => m.SortOrder).ToListAsync(ct);
        var leaders = await db.Users.Where(u => u.Role == Role.Leader).ToDictionaryAsync(u => u.FullName, u => u.Id, ct);
        var evidence = await store.SaveAsync(new MemoryStream(DemoPdf), ct);
        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i];
            var unit = m.ResponsibleUnitId ?? (departments.Count > 0 ? departments[i % departments.Count] : null);
            var cooperating = departments.Count > 2 && i % 4 == 0 ? [departments[(i + 1) % departments.Count]] : new List<Guid>();
            var lead = Leaders[i % Leaders.Length];
            m.AssignResponsibility(new MeasureResponsibility(lead, leaders.GetValueOrDefault(lead), Leaders[(i + 1) % Leaders.Length],
                leaders.GetValueOrDefault(Leaders[(i + 1) % Leaders.Length]), unit, cooperating, Persons[i % Persons.Length], null));
            if (m.Kind != MeasureKind.LongTerm) SetLimit(m, i, today);
            Progress(m, i, today, evidence);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Limits spread around today: some passed, some within days, most ahead.</summary>
    private void SetLimit(Measure m, int i, DateOnly today)
    {
        // Index 4 asks for close-out after its limit (逾期完成); 7 is overdue this week (新增超期); 9 comes due within days (临期).
        int[] offsets = [-25, 40, 3, 60, -4, 20, 90, -3, 45, 5];
        var limit = today.AddDays(offsets[i % offsets.Length]);
        m.SetTimeLimit(today.AddDays(-60), limit, calendar);
    }

    private void Progress(Measure m, int i, DateOnly today, StoredFile file)
    {
        var plan = i % 10;
        if (plan == 8) return; // not started
        var percent = plan switch { 0 or 1 or 2 or 3 => 100, 4 => 100, 5 => 90, 6 => 60, 7 => 15, _ => 35 };
        Report(m, "已制定工作方案,明确责任分工和时间节点,正在按计划推进。", Math.Min(percent, 40), today.AddDays(-30), file);
        Report(m, percent == 100 ? "各项任务已全部落实,相关制度已印发执行,佐证材料已上传。" : "已完成阶段性任务,正在持续推进。", percent, today.AddDays(-5), file);
        if (plan is 0 or 1 or 2 or 3 or 4 or 5)
            m.RequestCloseOut(new CloseOutRequest("已按要求完成整改，请审核销号。", 2, true, null, "责任科室联络员", time.GetUtcNow().AddDays(-3), today.AddDays(-3)));
        var office = new CloseOutDecider("市整改办", time.GetUtcNow(), today.AddDays(-1));
        if (plan is 0 or 1 or 2)
        {
            if (m.Kind == MeasureKind.LongTerm && plan == 2) m.ApproveAsStageResult(office);
            else m.ApproveCloseOut(office);
        }
        if (plan == 5) m.ReturnCloseOut("佐证材料不够完整，请补充制度文件的正式印发稿后重新提交。", office);
    }

    private void Report(Measure m, string text, int percent, DateOnly on, StoredFile file)
    {
        m.RecordProgress(text, percent, on, time.Today());
        var progress = new ProgressUpdate(m.Id, text, percent, on, null, "责任科室联络员", time.GetUtcNow());
        db.Add(progress);
        db.Add(new Evidence(m.Id, progress.Id, "整改佐证材料.pdf", FileSignature.Pdf.ContentType, file.Size, file.Sha256, null, "责任科室联络员", time.GetUtcNow()));
    }

    private static readonly byte[] DemoPdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}
