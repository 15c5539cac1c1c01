using System.ComponentModel.DataAnnotations;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.Warnings;

/// <summary>
/// 预警设置 of a round: 临期 N working days before the limit, the 滞后 margin in points, the long-term reporting period,
/// the months after a close-out at which a measure is looked back on (回头看; applies to close-outs from now on), and whether a
/// close-out request may come without evidence.
/// </summary>
public sealed record WarningSettingsInput(
    int Version,
    [property: Range(1, 30, ErrorMessage = "临期提醒天数应在1至30个工作日之间")] int DueSoonDays,
    [property: Range(0, 100, ErrorMessage = "滞后判定幅度应在0至100个百分点之间")] int LaggingMargin,
    [property: Range(1, 12, ErrorMessage = "长期措施报送周期应在1至12个月之间")] int ProgressPeriodMonths,
    [property: Range(1, 24, ErrorMessage = "回头看时间应在销号后1至24个月之间")] int LookBackMonths = 6,
    bool CloseOutEvidenceOptional = false);

/// <summary>The office sets a round's warning rules; its measures' stored warnings follow at once.</summary>
public sealed class UpdateWarningSettings(RectifyDbContext db, RoundAccess access, WarningRefresh refresh, TimeProvider time)
{
    public async Task HandleAsync(Guid roundId, WarningSettingsInput input, CancellationToken ct)
    {
        var refusals = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), refusals, validateAllProperties: true))
            throw RuleViolation.Invalid(refusals[0].ErrorMessage ?? PlatformErrors.BadRequest);
        var round = await access.RoundToChangeAsync(roundId, ct);
        db.ExpectVersion(round, input.Version);
        round.DueSoonDays = input.DueSoonDays;
        round.LaggingMargin = input.LaggingMargin;
        round.ProgressPeriodMonths = input.ProgressPeriodMonths;
        round.LookBackMonths = input.LookBackMonths;
        round.CloseOutEvidenceOptional = input.CloseOutEvidenceOptional;
        await db.SaveChangesAsync(ct);
        await refresh.RunAsync(time.Today(), ct, roundId);
    }
}
