using Rectify.Features.Rounds.Warnings;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Supervision.Warnings;

/// <summary>
/// The office sets a round's warning rules (<see cref="SetWarningSettings"/>, in Rounds) from 预警设置 or the API; its
/// measures' stored warnings follow at once, and the dashboard with them (<see cref="WarningRefresh"/>).
/// </summary>
public sealed class UpdateWarningSettings(SetWarningSettings settings, WarningRefresh refresh, TimeProvider time)
{
    public async Task HandleAsync(Guid roundId, WarningSettingsInput input, CancellationToken ct)
    {
        await settings.HandleAsync(roundId, input, ct);
        await refresh.RunAsync(time.Today(), ct, roundId);
    }
}
