using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>One measure with its progress, evidence, close-out requests and history: a few queries, no loops.</summary>
public sealed class MeasureDetailsQuery(RectifyDbContext db, LedgerQuery ledger, UserScope user)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<MeasureDetails> HandleAsync(Guid measureId, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var row = await RowAsync(measureId, ct) ?? throw new NotFoundException(RoundsErrors.MeasureNotFound);
        var measure = await db.Set<Measure>().AsNoTracking().Where(m => m.Id == measureId)
            .Select(m => new
            {
                m.StartDate, m.TimeLimitWorkingDays, Cooperating = m.CooperatingUnits.Select(c => c.UnitId).ToList(),
                EvidenceOptional = db.Set<Round>().Where(r => r.Id == m.RoundId).Select(r => r.CloseOutEvidenceOptional).FirstOrDefault(),
            })
            .SingleAsync(ct);
        var feedback = await db.Set<Problem>().Where(p => p.Id == row.ProblemId).Select(p => p.Feedback).SingleAsync(ct);
        var progress = await db.Set<ProgressUpdate>().AsNoTracking().Where(p => p.MeasureId == measureId)
            .OrderByDescending(p => p.On).ThenByDescending(p => p.At)
            .Select(p => new ProgressRow(p.Id, p.On, p.Percent, p.Text, p.ReportedBy, p.At)).ToListAsync(ct);
        var evidence = await db.Set<Evidence>().AsNoTracking().Where(e => e.MeasureId == measureId).OrderBy(e => e.At)
            .Select(e => new EvidenceRow(e.Id, e.ProgressUpdateId, e.FileName, e.ContentType, e.Size, e.UploadedBy, e.At)).ToListAsync(ct);
        var closeOuts = await db.Set<CloseOut>().AsNoTracking().Where(c => c.MeasureId == measureId).OrderByDescending(c => c.RequestedAt)
            .Select(c => new CloseOutRow(c.Id, c.Note, c.RequestedBy, c.RequestedAt, c.Decision, c.Reason, c.DecidedBy, c.DecidedAt)).ToListAsync(ct);
        var key = measureId.ToString();
        var history = (await db.AuditEntries.AsNoTracking().Where(a => a.SubjectId == key).OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Take(200).ToListAsync(ct))
            .Select(a => new HistoryRow(a.At, a.UserName, a.EntityType, a.Action, JsonSerializer.Deserialize<List<FieldChange>>(a.Changes, Json) ?? []))
            .ToList();
        history = await WithUnitNamesAsync(history, ct);

        var responsible = row.ResponsibleUnitId is { } u && scope.InScope(u);
        var reporter = scope.Role == Role.UnitStaff && (responsible || measure.Cooperating.Any(scope.InScope));
        var office = scope.Role == Role.Office;
        var can = new MeasurePermissions(
            ReportProgress: reporter && row.Status is not (MeasureStatus.Closed or MeasureStatus.CloseOutRequested),
            RequestCloseOut: reporter && responsible && row.Status is MeasureStatus.InProgress or MeasureStatus.StageResult,
            Review: office && row.Status == MeasureStatus.CloseOutRequested,
            Edit: office,
            Reopen: office && row.Status.IsSettled());
        return new MeasureDetails(row, feedback, measure.StartDate, measure.TimeLimitWorkingDays, measure.Cooperating,
            progress, evidence, closeOuts, history, can, measure.EvidenceOptional);
    }

    /// <summary>Unit ids in the history read as the units' names.</summary>
    private async Task<List<HistoryRow>> WithUnitNamesAsync(List<HistoryRow> history, CancellationToken ct)
    {
        var ids = history.SelectMany(h => h.Changes).Where(c => c.Field is "ResponsibleUnitId" or "UnitId")
            .SelectMany(c => new[] { c.Before, c.After }).OfType<string>().Select(Guid.Parse).Distinct().ToList();
        if (ids.Count == 0) return history;
        var names = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id.ToString(), u => u.ShortName, ct);
        string? Name(string? id) => id is not null && names.TryGetValue(id, out var n) ? n : id;
        return history.Select(h => h with
        {
            Changes = h.Changes.Select(c => c.Field is "ResponsibleUnitId" or "UnitId" ? c with { Before = Name(c.Before), After = Name(c.After) } : c).ToList(),
        }).ToList();
    }

    private async Task<LedgerRow?> RowAsync(Guid measureId, CancellationToken ct) =>
        (await ledger.HandleAsync(new LedgerFilter { MeasureId = measureId, PageSize = 1 }, ct)).Items.SingleOrDefault();
}
