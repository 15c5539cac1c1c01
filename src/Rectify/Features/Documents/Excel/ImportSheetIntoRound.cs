using Rectify.Features.Rounds;
using Rectify.Platform.Security;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// The office imports a sheet into a round it already has: rows of the round's measures update them, other rows are
/// added, measures the sheet leaves out stay. Every row is checked first; nothing is written unless all of it is valid.
/// </summary>
public sealed class ImportSheetIntoRound(RoundAccess access, UserScope user, LedgerSheetReader reader, RoundSheetMerge merge)
{
    public async Task<SheetImportResult> HandleAsync(Guid roundId, Stream xlsx, ColumnMapping? mapping, ImportProgress progress, CancellationToken ct)
    {
        var round = await access.RoundToChangeAsync(roundId, ct);
        var scope = await user.LoadAsync(ct);
        return await merge.ApplyAsync(round, await reader.ReadAsync(xlsx, mapping, scope, progress, ct), progress, ct);
    }
}
