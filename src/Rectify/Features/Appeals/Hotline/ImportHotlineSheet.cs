using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// The office imports a 12345 hotline export as appeals (channel 12345热线) run by its unit. A sheet with any wrong row is
/// refused whole unless the clerk chose to import only the good rows; either way what is imported is written in one save.
/// A record whose 工单编号 this unit imported before is skipped and counted. A record naming its 承办单位 is accepted and
/// assigned to that unit at the 一般 tier, as the hotline dispatched it. The import is audited: who, the file, the counts.
/// </summary>
public sealed class ImportHotlineSheet(
    RectifyDbContext db, AppealAccess access, HotlineSheetReader reader, WorkingDayCalendar calendar, IOptions<AppealOptions> deadlines, AppealNotices notices)
{
    public const string AuditEntity = "HotlineImport";

    public async Task<HotlineImportResult> PreviewAsync(Stream xlsx, ColumnMapping? mapping, CancellationToken ct)
    {
        var reading = await reader.ReadAsync(xlsx, mapping, ct);
        return HotlineImportResult.Of(reading);
    }

    public async Task<HotlineImportResult> HandleAsync(Stream xlsx, string fileName, ColumnMapping? mapping, bool onlyGoodRows, CancellationToken ct)
    {
        var reading = await reader.ReadAsync(xlsx, mapping, ct);
        if (reading.Errors.Count > 0 && !onlyGoodRows) throw new HotlineSheetRefused(reading.Errors);
        var at = await access.MomentAsync(ct);
        var caller = HotlineSheetReader.Caller(reading.Scope.UnitId);
        var assigned = 0;
        var added = 0;
        foreach (var record in reading.New)
        {
            // Received when the hotline took the call (stored in UTC, as PostgreSQL requires), dated in China.
            var called = new AppealMoment(record.CalledAt.ToUniversalTime(), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(record.CalledAt, ChinaClock.Zone).DateTime), at.By);
            var appeal = Appeal.Record(record.ToNew(reading.Scope.UnitId), called);
            appeal.IdentifyExternally(caller, record.RecordNo);
            if (record.UnitId is { } unitId)
            {
                appeal.Accept(at);
                appeal.Assign(unitId, AppealTier.General, null, deadlines.Value, calendar, at);
                await notices.AssignedAsync(appeal, reopened: false, ct);
                assigned++;
            }
            db.Add(appeal);
            added++;
        }
        db.Add(Audit(reading, fileName, at, added, assigned));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another import of the same records won the unique index (caller, 工单编号): nothing of this one was written.
            throw new RuleViolation(AppealErrors.HotlineRaced);
        }
        return HotlineImportResult.Of(reading, written: true, added, assigned);
    }

    private static AuditEntry Audit(HotlineReading reading, string fileName, AppealMoment at, int added, int assigned)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? "（未命名文件）" : Path.GetFileName(fileName.Trim());
        return new AuditEntry
        {
            At = at.At,
            UserId = reading.Scope.UserId,
            UserName = reading.Scope.FullName,
            EntityType = AuditEntity,
            EntityId = name.Length <= 100 ? name : name[..100],
            SubjectId = reading.Scope.UnitId.ToString(),
            Action = "导入12345热线工单",
            Changes = AuditInterceptor.Serialize([
                new FieldChange("文件", null, name),
                new FieldChange("表中工单", null, reading.Rows.ToString()),
                new FieldChange("新增诉求", null, added.ToString()),
                new FieldChange("其中交办", null, assigned.ToString()),
                new FieldChange("已导入过（跳过）", null, (reading.Records.Count - added).ToString()),
                new FieldChange("有误未导入", null, reading.RowsWithErrors.ToString()),
            ]),
        };
    }
}
