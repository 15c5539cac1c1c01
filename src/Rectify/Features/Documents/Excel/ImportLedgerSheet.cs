using System.ComponentModel.DataAnnotations;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Excel;

public sealed record ImportLedgerSheetInput(
    Guid InspectedUnitId, string? Title, string? InspectingBody, DateOnly? FeedbackDate, RoundKind Kind = RoundKind.Patrol);

/// <summary>
/// The office imports a ledger sheet (the export's layout, or its own through a mapping) as a new round. Every row is
/// checked and every error returned at once; nothing is written unless the whole sheet is valid. Progress and
/// completion are not imported: a new round's measures start not started.
/// </summary>
public sealed class ImportLedgerSheet(RectifyDbContext db, UserScope user, LedgerSheetReader reader, ImportRound import)
{
    public async Task<Guid> HandleAsync(Stream xlsx, ImportLedgerSheetInput input, ColumnMapping? mapping, ImportProgress progress, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        await CreateRound.RequireUnitInScopeAsync(db, scope, input.InspectedUnitId, ct);
        var details = new RoundDetailsInput(input.Kind, input.Title?.Trim() ?? "", null, null, input.InspectingBody?.Trim() ?? "",
            input.InspectedUnitId, null, null, input.FeedbackDate);
        var refusals = new List<ValidationResult>();
        if (!Validator.TryValidateObject(details, new ValidationContext(details), refusals, validateAllProperties: true))
            throw RuleViolation.Invalid(refusals[0].ErrorMessage ?? PlatformErrors.BadRequest);

        var lines = (await reader.ReadAsync(xlsx, mapping, scope, progress, ct)).Lines;
        progress.Report(ImportProgress.Writing, lines.Count, lines.Count);
        var (sections, problems) = SheetTree.Build(lines);
        return await import.HandleAsync(new RoundImport(details, null, null, null, sections, problems), ct);
    }
}
