using System.ComponentModel.DataAnnotations;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Warnings;

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

/// <summary>
/// The office sets a round's warning rules, version-checked, saved as a change of the round (audited). The stored warnings
/// of its measures are brought up to the new rules by the caller (Supervision's <c>UpdateWarningSettings</c>).
/// </summary>
public sealed class SetWarningSettings(RectifyDbContext db, RoundAccess access)
{
    public async Task HandleAsync(Guid roundId, WarningSettingsInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var round = await access.RoundToChangeAsync(roundId, ct);
        db.ExpectVersion(round, input.Version);
        round.SetWarningSettings(input);
        await db.SaveChangesAsync(ct);
    }
}
