using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Excel;

public sealed record ImportLedgerSheetInput(
    Guid InspectedUnitId, string? Title, string? InspectingBody, DateOnly? FeedbackDate, RoundKind Kind = RoundKind.Patrol);

/// <summary>
/// The office imports a ledger sheet (the export's layout) as a new round. Every row is checked and every error
/// returned at once; nothing is written unless the whole sheet is valid. Progress and completion are not imported:
/// a new round's measures start not started.
/// </summary>
public sealed class ImportLedgerSheet(RectifyDbContext db, UserScope user, ImportRound import)
{
    public async Task<Guid> HandleAsync(Stream xlsx, ImportLedgerSheetInput input, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        await CreateRound.RequireUnitInScopeAsync(db, scope, input.InspectedUnitId, ct);
        var details = new RoundDetailsInput(input.Kind, input.Title?.Trim() ?? "", null, null, input.InspectingBody?.Trim() ?? "",
            input.InspectedUnitId, null, null, input.FeedbackDate);
        var refusals = new List<ValidationResult>();
        if (!Validator.TryValidateObject(details, new ValidationContext(details), refusals, validateAllProperties: true))
            throw RuleViolation.Invalid(refusals[0].ErrorMessage ?? PlatformErrors.BadRequest);

        var grid = SheetGrid.Read(xlsx);
        var units = await db.Set<Unit>().AsNoTracking().Where(u => scope.UnitIds.Contains(u.Id) && u.IsActive)
            .OrderBy(u => u.Path.Length).ToListAsync(ct);
        var errors = new List<ImportError>();
        var header = SheetHeader.Find(grid, errors);
        if (errors.Count > 0) throw new ImportErrors(errors);
        var lines = new SheetRows(grid, header, name => units.FirstOrDefault(u => u.Matches(name))?.Id, errors).Read();
        if (errors.Count > 0) throw new ImportErrors(errors);

        var (sections, problems) = SheetTree.Build(lines);
        return await import.HandleAsync(new RoundImport(details, null, null, null, sections, problems), ct);
    }
}
