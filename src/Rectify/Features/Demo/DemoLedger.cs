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

    // Progress as units write it to the office: what was done, in words fit for the public bulletin.
    private static readonly string[] Planned =
    [
        "召开专题会议研究部署，制定整改工作方案，明确责任领导、责任人和完成时限。",
        "逐项梳理问题清单，对照反馈意见查找根源，细化整改任务和时间节点。",
        "组织相关科室开展自查，摸清问题底数，建立整改工作台账。",
    ];

    private static readonly string[] Underway =
    [
        "已完成制度草案起草，正在征求各科室和服务对象意见，修改完善后提交党组会议审议。",
        "已对照问题清单完成第一轮自查自纠，发现的问题正在逐项整改。",
        "已组织专题培训，正在结合日常工作督促落实，推动形成常态化机制。",
    ];

    private static readonly string[] Done =
    [
        "相关制度已经党组会议审议通过并印发执行，已组织全体干部学习，纳入日常监督检查。",
        "问题已逐项整改到位，建立了定期检查和通报机制，防止问题反弹。",
        "整改任务已全部完成，形成的做法已固化为长效工作机制。",
    ];

    private static readonly string[] StageReached =
    [
        "建立常态化学习和督促机制，每季度开展一次专项检查，已连续两个季度未发现同类问题。",
    ];

    /// <param name="longTermUnit">A unit whose first measure is made a long-term one that reached stage results (阶段性成效).</param>
    /// <param name="busyUnit">
    /// A unit whose staff must find work in 我的待办: its first measure comes due within days while under way, its second was
    /// returned with a reason.
    /// </param>
    public async Task ApplyAsync(Guid roundId, IReadOnlyList<Guid> departments, CancellationToken ct, Guid? longTermUnit = null, Guid? busyUnit = null)
    {
        var busy = 0;
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
            var plan = i % 10;
            if (longTermUnit is { } lt && unit == lt)
            {
                m.Edit(m.Label, m.Text, MeasureKind.LongTerm);
                longTermUnit = null;
                plan = 2;
            }
            var limitIndex = i;
            // Due in 5 days at 60%; or 90%, asked to close out and returned.
            if (busyUnit is { } b && unit == b && busy < 2 && m.Kind != MeasureKind.LongTerm) (plan, limitIndex) = busy++ == 0 ? (6, 9) : (5, 5);
            if (m.Kind != MeasureKind.LongTerm) SetLimit(m, limitIndex, today);
            Progress(m, plan, i, today, evidence);
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

    private void Progress(Measure m, int plan, int i, DateOnly today, StoredFile file)
    {
        if (plan == 8) return; // not started
        var percent = plan switch { 0 or 1 or 2 or 3 => 100, 4 => 100, 5 => 90, 6 => 60, 7 => 15, _ => 35 };
        Report(m, Planned[i % Planned.Length], Math.Min(percent, 40), today.AddDays(-30), file);
        var latest = m.Kind == MeasureKind.LongTerm && plan == 2 ? StageReached[i % StageReached.Length]
            : percent == 100 ? Done[i % Done.Length] : Underway[i % Underway.Length];
        Report(m, latest, percent, today.AddDays(-5), file);
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
